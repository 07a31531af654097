package org.kenshu.service.imports;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.kenshu.io.sheet.Cell;

/**
 * Employee numbers compared as the roster stores them (DESIGN.md §4): NFKC and trimmed; a number
 * cell 123 matches the stored "00123" when the roster's numbers are all digits of one width.
 */
public final class EmployeeNumbers {
    private final Map<String, Long> byNumber = new HashMap<>();
    private int fixedWidth = -1;

    /** Index of stored numbers → staff id. */
    public EmployeeNumbers(Map<String, Long> stored) {
        stored.forEach(this::add);
    }

    public void add(String number, long staffId) {
        byNumber.put(number, staffId);
        boolean digits = number.chars().allMatch(Character::isDigit);
        if (fixedWidth == -1 && digits) {
            fixedWidth = number.length();
        } else if (!digits || fixedWidth != number.length()) {
            fixedWidth = 0;
        }
    }

    /** The cell's number as text: 123.0 → "123", full-width → ASCII. */
    public static String normalise(Cell cell) {
        if (cell.number() != null && cell.number() == Math.rint(cell.number())) {
            return Long.toString(cell.number().longValue());
        }
        String t = Text.clean(cell.text());
        return t == null ? "" : t.replace(" ", "");
    }

    /** The form to store a new number in: padded to the roster's fixed width when it has one. */
    public String canonical(String number) {
        if (fixedWidth > 0 && number.length() < fixedWidth && number.chars().allMatch(Character::isDigit)) {
            return "0".repeat(fixedWidth - number.length()) + number;
        }
        return number;
    }

    public Long find(String number) {
        Long id = byNumber.get(number);
        return id != null ? id : byNumber.get(canonical(number));
    }

    public Collection<String> all() {
        return byNumber.keySet();
    }
}
