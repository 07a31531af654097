package org.kenshu.ui.staff;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.kenshu.model.I18n;

/**
 * The check the tier and job-category forms share: a name is required, a code too once the item
 * exists (a new one gets a generated code), and neither may be used by another item of the list.
 * Messages are {@code <prefix>.nameRequired}, {@code .codeRequired}, {@code .nameTaken}, {@code .codeTaken}.
 */
final class NameAndCode {
    private NameAndCode() {
    }

    /** The first problem in words, or null. {@code self} is the edited item's id, 0 for a new one. */
    static <T> String problem(String prefix, String name, String code, boolean creating, List<T> items, long self,
            ToLongFunction<T> id, Function<T, String> nameOf, Function<T, String> codeOf) {
        if (name == null || name.isBlank()) {
            return I18n.t(prefix + ".nameRequired");
        }
        String n = name.strip();
        String c = code == null ? "" : code.strip();
        if (!creating && c.isEmpty()) {
            return I18n.t(prefix + ".codeRequired");
        }
        for (T item : items) {
            if (id.applyAsLong(item) != self && nameOf.apply(item).equals(n)) {
                return I18n.t(prefix + ".nameTaken", n);
            }
            if (id.applyAsLong(item) != self && codeOf.apply(item).equals(c)) {
                return I18n.t(prefix + ".codeTaken", c);
            }
        }
        return null;
    }
}
