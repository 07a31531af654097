package org.kenshu.io.sheet;

/**
 * A1-style references without regular expressions (they run once per cell on the hot path).
 * Columns are 0-based, rows 1-based, as in {@link MergedRegion}.
 */
final class CellRefs {
    private CellRefs() {
    }

    /** Column of a reference such as {@code "AB12"} ({@code 27}); -1 when it has no letters. */
    static int column(CharSequence ref) {
        int column = 0;
        int i = 0;
        int n = ref.length();
        while (i < n) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                column = column * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                column = column * 26 + (ch - 'a' + 1);
            } else if (ch != '$') {
                break;
            }
            if (column > RowBuilder.MAX_COLUMNS) {
                throw new IllegalStateException("column out of range: " + ref);
            }
            i++;
        }
        return column - 1;
    }

    /** Row of a reference such as {@code "AB12"} ({@code 12}); -1 when it has no digits. */
    static int row(CharSequence ref) {
        int row = 0;
        boolean any = false;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= '0' && ch <= '9') {
                row = Math.addExact(Math.multiplyExact(row, 10), ch - '0');
                any = true;
            }
        }
        return any ? row : -1;
    }

    /** A range such as {@code "A1:H2"} (or a single cell {@code "A1"}); null when malformed. */
    static MergedRegion region(String ref) {
        try {
            return parseRegion(ref);
        } catch (IllegalStateException | ArithmeticException e) {
            return null; // a merge we cannot place is ignored, not a reason to refuse the file
        }
    }

    private static MergedRegion parseRegion(String ref) {
        int colon = ref.indexOf(':');
        String first = colon < 0 ? ref : ref.substring(0, colon);
        String last = colon < 0 ? ref : ref.substring(colon + 1);
        int r1 = row(first);
        int r2 = row(last);
        int c1 = column(first);
        int c2 = column(last);
        if (r1 < 1 || r2 < 1 || c1 < 0 || c2 < 0) {
            return null;
        }
        return new MergedRegion(Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2));
    }
}
