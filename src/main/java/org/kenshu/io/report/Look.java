package org.kenshu.io.report;

/** The kinds of cell a report has; each maps to one font, fill and set of rules. */
enum Look {
    TITLE,
    SUBTITLE,
    HEADER,
    BODY,
    TOTAL,
    SECTION,
    MESSAGE,
    NOTE;

    static Look of(RowKind kind) {
        return switch (kind) {
            case NORMAL -> BODY;
            case TOTAL -> TOTAL;
            case SECTION -> SECTION;
            case MESSAGE -> MESSAGE;
            case NOTE -> NOTE;
        };
    }

    boolean bold() {
        return this == TITLE || this == HEADER || this == TOTAL || this == SECTION;
    }

    boolean ruled() {
        return this != TITLE && this != SUBTITLE && this != NOTE;
    }

    /** Grey of the fill, 1.0 = none: light enough to print in black and white with the text readable. */
    double grey() {
        return switch (this) {
            case HEADER -> 0.85;
            case SECTION -> 0.91;
            case TOTAL -> 0.95;
            default -> 1.0;
        };
    }
}
