package org.kenshu.model;

/** The four kinds of spreadsheet the import pipeline reads. */
public enum ImportKind {
    STAFF,
    PLAN,
    NOMINATIONS,
    ATTENDANCE;

    /** The CLI word: {@code staff}, {@code plan}, {@code nominations}, {@code attendance}. */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
