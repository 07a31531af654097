package org.kenshu.ui.imports;

import java.util.ArrayList;
import java.util.List;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.I18n;

/** What 「△」 means in attendance files: one of the marks, or nothing (then △ is an error to look at). */
public record TriangleChoice(AttendanceMark mark) {
    public static final TriangleChoice ERROR = new TriangleChoice(null);

    public static List<TriangleChoice> all() {
        List<TriangleChoice> all = new ArrayList<>(List.of(ERROR));
        for (AttendanceMark m : List.of(AttendanceMark.PRESENT, AttendanceMark.LATE, AttendanceMark.LEFT_EARLY,
                AttendanceMark.ABSENT)) {
            all.add(new TriangleChoice(m));
        }
        return all;
    }

    public String label() {
        return mark == null ? I18n.t("imports.triangle.error") : I18n.t("imports.triangle.means", I18n.label(mark));
    }
}
