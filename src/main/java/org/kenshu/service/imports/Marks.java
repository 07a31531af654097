package org.kenshu.service.imports;

import java.util.Map;
import java.util.Optional;
import org.kenshu.model.AttendanceMark;

/**
 * Attendance marks as sign-in sheets write them: 出席/出/○/◯/1/✓/済 → PRESENT; 欠席/欠/×/0 → ABSENT;
 * 遅刻 → LATE; 早退 → LEFT_EARLY; 免除 → EXEMPT. △ means what the organisation configured.
 */
public final class Marks {
    public static final String TRIANGLE = "△";
    private static final Map<String, AttendanceMark> MARKS = Map.ofEntries(
            Map.entry("出席", AttendanceMark.PRESENT), Map.entry("出", AttendanceMark.PRESENT),
            Map.entry("○", AttendanceMark.PRESENT), Map.entry("◯", AttendanceMark.PRESENT),
            Map.entry("〇", AttendanceMark.PRESENT), Map.entry("1", AttendanceMark.PRESENT),
            Map.entry("✓", AttendanceMark.PRESENT), Map.entry("✔", AttendanceMark.PRESENT),
            Map.entry("レ", AttendanceMark.PRESENT), Map.entry("済", AttendanceMark.PRESENT),
            Map.entry("受講済", AttendanceMark.PRESENT), Map.entry("修了", AttendanceMark.PRESENT),
            Map.entry("受講", AttendanceMark.PRESENT),
            Map.entry("欠席", AttendanceMark.ABSENT), Map.entry("欠", AttendanceMark.ABSENT),
            Map.entry("×", AttendanceMark.ABSENT), Map.entry("✕", AttendanceMark.ABSENT),
            Map.entry("x", AttendanceMark.ABSENT), Map.entry("X", AttendanceMark.ABSENT),
            Map.entry("0", AttendanceMark.ABSENT), Map.entry("未受講", AttendanceMark.ABSENT),
            Map.entry("遅刻", AttendanceMark.LATE), Map.entry("遅", AttendanceMark.LATE),
            Map.entry("早退", AttendanceMark.LEFT_EARLY), Map.entry("早", AttendanceMark.LEFT_EARLY),
            Map.entry("免除", AttendanceMark.EXEMPT));

    private final AttendanceMark triangle;

    /** {@code triangle}: what △ means here, or null when △ is not allowed. */
    public Marks(AttendanceMark triangle) {
        this.triangle = triangle;
    }

    public Optional<AttendanceMark> parse(String raw) {
        String s = Text.key(raw);
        if (s.equals(TRIANGLE)) {
            return Optional.ofNullable(triangle);
        }
        return Optional.ofNullable(MARKS.get(s));
    }
}
