package org.kenshu.model;

/** 能力要件: ◎ especially required, ○ required. */
public enum RequirementLevel {
    ESSENTIAL("◎"),
    REQUIRED("○");

    private final String mark;

    RequirementLevel(String mark) {
        this.mark = mark;
    }

    public String mark() {
        return mark;
    }

    /** ◎ → ○ → none → ◎: what a click on a matrix cell does. */
    public static RequirementLevel next(RequirementLevel current) {
        if (current == null) {
            return ESSENTIAL;
        }
        return current == ESSENTIAL ? REQUIRED : null;
    }

    /** ◎/○ (also 〇 and ◯, which officers type for ○), or null for anything else. */
    public static RequirementLevel fromMark(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip()) {
            case "◎" -> ESSENTIAL;
            case "○", "〇", "◯" -> REQUIRED;
            default -> null;
        };
    }
}
