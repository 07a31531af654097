package org.kenshu.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

/** What both readers must deliver for {@link WorkbookFixtures}' attendance workbook. */
final class FixtureExpectations {
    private FixtureExpectations() {
    }

    static void assertAttendanceSheet(RecordingHandler.Sheet sheet) {
        assertThat(sheet.info().hidden()).isFalse();
        assertThat(sheet.info().date1904()).isFalse();
        assertThat(sheet.info().mergedRegions()).containsExactlyInAnyOrder(
                new MergedRegion(1, 1, 0, 6), new MergedRegion(4, 5, 2, 2));
        assertThat(sheet.rowNumbers()).containsExactly(1, 3, 4, 5, 7);

        assertThat(sheet.texts(1)).containsExactly(WorkbookFixtures.TITLE);
        assertThat(sheet.texts(3)).containsExactly("職員番号", "氏名", "所属", "受講日", "出欠", "備考", "時間");

        assertThat(sheet.texts(4)).containsExactly("00123", "山田 太郎", "総務部 総務課", "2026-05-12", "出席", "", "3.5");
        Cell textNumber = sheet.row(4).cell(0);
        assertThat(textNumber.number()).isNull();
        Cell date = sheet.row(4).cell(3);
        assertThat(date.dateTime()).isEqualTo(LocalDateTime.of(2026, 5, 12, 0, 0));
        assertThat(date.number()).isEqualTo(46154.0);
        assertThat(sheet.row(4).cell(5)).isEqualTo(Cell.BLANK);
        assertThat(sheet.row(4).cell(6).number()).isEqualTo(3.5);

        assertThat(sheet.texts(5)).containsExactly("123", "佐藤 花子", "", "2026-05-13", "遅刻", "10分遅れ", "7");
        assertThat(sheet.row(5).cell(0).number()).isEqualTo(123.0);
        assertThat(sheet.row(5).cell(0).dateTime()).isNull();
        assertThat(sheet.row(5).cell(3).dateTime()).isEqualTo(LocalDateTime.of(2026, 5, 13, 0, 0));
        assertThat(sheet.row(5).cell(6).number()).isEqualTo(7.0);

        assertThat(sheet.texts(7)).containsExactly("TRUE", "#N/A", "2026-05-12 09:30", "12:00", "1,234.5", "00123", "研修計画");
        assertThat(sheet.row(7).cell(2).dateTime()).isEqualTo(LocalDateTime.of(2026, 5, 12, 9, 30));
        assertThat(sheet.row(7).cell(3).dateTime().toLocalTime()).hasToString("12:00");
        assertThat(sheet.row(7).cell(4).number()).isEqualTo(1234.5);
        assertThat(sheet.row(7).cell(5).number()).isEqualTo(123.0);
    }

    static void assertOtherSheets(RecordingHandler handler) {
        assertThat(handler.sheets).extracting(s -> s.info().name()).containsExactly("出欠", "名簿", "メモ");
        assertThat(handler.sheet("名簿").info().hidden()).isTrue();
        assertThat(handler.sheet("名簿").texts(1)).containsExactly("非表示");
        assertThat(handler.sheet("メモ").info().hidden()).isFalse();
        assertThat(handler.sheet("メモ").rowNumbers()).containsExactly(10);
        assertThat(handler.sheet("メモ").row(10).cells()).isEqualTo(List.of(Cell.BLANK, Cell.text("以上")));
    }
}
