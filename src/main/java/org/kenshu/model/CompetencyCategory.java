package org.kenshu.model;

/** A group of competencies (士別市: 指導統率力, 政策企画力 …; 厚木市: 意識・行動). */
public record CompetencyCategory(long id, String code, String name, String description, int sortOrder, int version)
        implements Versioned {

    public static CompetencyCategory of(String code, String name, int sortOrder) {
        return new CompetencyCategory(0, code, name, null, sortOrder, 0);
    }
}
