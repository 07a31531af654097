package org.kenshu.ui.staff;

import java.util.Arrays;
import java.util.function.Predicate;
import org.kenshu.service.imports.Text;

/**
 * The staff table's filter: every word typed must appear in the number, name, kana (hiragana or
 * katakana, any width), department, tier, job category or status; and the tier and status chosen.
 * The words' keys are worked out once per keystroke, not once per row.
 */
public record StaffFilter(String text, String tier, StatusFilter status) {

    public Predicate<StaffRow> predicate() {
        String[] words = Arrays.stream(Text.clean(text == null ? "" : text).split(" "))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        String[] keys = Arrays.stream(words).map(Text::key).toArray(String[]::new);
        String[] kanaKeys = Arrays.stream(words).map(Text::kanaKey).toArray(String[]::new);
        StatusFilter statuses = status == null ? StatusFilter.EMPLOYED : status;
        return row -> {
            if (!statuses.accepts(row.entry().status()) || (tier != null && !tier.isEmpty() && !tier.equals(row.entry().tier()))) {
                return false;
            }
            for (int i = 0; i < keys.length; i++) {
                if (!row.key().contains(keys[i]) && !row.kanaKey().contains(kanaKeys[i])) {
                    return false;
                }
            }
            return true;
        };
    }
}
