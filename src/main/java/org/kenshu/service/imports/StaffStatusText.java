package org.kenshu.service.imports;

import java.util.Map;
import java.util.Optional;
import org.kenshu.model.StaffStatus;

/** 在職区分 as rosters write it. */
final class StaffStatusText {
    private static final Map<String, StaffStatus> WORDS = Map.ofEntries(
            Map.entry("在職", StaffStatus.ACTIVE), Map.entry("現職", StaffStatus.ACTIVE),
            Map.entry("在籍", StaffStatus.ACTIVE), Map.entry("在職中", StaffStatus.ACTIVE),
            Map.entry("休職", StaffStatus.LEAVE_OF_ABSENCE), Map.entry("休職中", StaffStatus.LEAVE_OF_ABSENCE),
            Map.entry("育休", StaffStatus.CHILDCARE_LEAVE), Map.entry("育児休業", StaffStatus.CHILDCARE_LEAVE),
            Map.entry("育休中", StaffStatus.CHILDCARE_LEAVE), Map.entry("病休", StaffStatus.SICK_LEAVE),
            Map.entry("病気休暇", StaffStatus.SICK_LEAVE), Map.entry("退職", StaffStatus.LEFT),
            Map.entry("離職", StaffStatus.LEFT), Map.entry("退職済", StaffStatus.LEFT),
            Map.entry("退職済み", StaffStatus.LEFT), Map.entry("死亡退職", StaffStatus.LEFT));

    private StaffStatusText() {
    }

    static Optional<StaffStatus> parse(String text) {
        return Optional.ofNullable(WORDS.get(Text.key(text)));
    }
}
