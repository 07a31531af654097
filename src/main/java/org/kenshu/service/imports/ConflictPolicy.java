package org.kenshu.service.imports;

/** What to do with values that conflict with stored ones, unless decided one by one. */
public enum ConflictPolicy {
    /** Write nothing while any conflict is undecided (the default). */
    REJECT,
    /** Keep the stored value. */
    KEEP,
    /** Take the file's value. */
    OVERWRITE
}
