package org.kenshu.io.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kenshu.model.Holiday;

class SyukujitsuCsvTest {
    static final Charset SJIS = Charset.forName("windows-31j");
    static final String HEADER = "国民の祝日・休日月日,国民の祝日・休日名称\r\n";

    @Test
    void readsTheCabinetOfficeFormat() throws Exception {
        byte[] file = (HEADER + "2026/1/1,元日\r\n2026/1/12,成人の日\r\n").getBytes(SJIS);
        assertThat(SyukujitsuCsv.parse(file, "f.csv")).containsExactly(
                new Holiday(LocalDate.of(2026, 1, 1), "元日", "f.csv"),
                new Holiday(LocalDate.of(2026, 1, 12), "成人の日", "f.csv"));
    }

    @Test
    void acceptsLineFeedsWithoutCarriageReturns() throws Exception {
        byte[] file = (HEADER.strip() + "\n2026/2/11,建国記念の日\n").getBytes(SJIS);
        assertThat(SyukujitsuCsv.parse(file, "f.csv")).hasSize(1);
    }

    @Test
    void aFileSavedAgainAsUtf8IsRefusedWithThatReason() {
        byte[] file = (HEADER + "2026/1/1,元日\r\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SyukujitsuCsv.parse(file, "f.csv"))
                .isInstanceOfSatisfying(HolidayFileException.class,
                        e -> assertThat(e.reasonKey()).isEqualTo("holidays.file.utf8"));
    }

    @Test
    void bytesThatAreNotShiftJisAreRefused() {
        byte[] head = HEADER.getBytes(SJIS);
        byte[] file = java.util.Arrays.copyOf(head, head.length + 2);
        file[head.length] = (byte) 0x81; // a lead byte followed by an invalid trail byte
        file[head.length + 1] = (byte) 0x20;
        assertThatThrownBy(() -> SyukujitsuCsv.parse(file, "f.csv"))
                .isInstanceOfSatisfying(HolidayFileException.class,
                        e -> assertThat(e.reasonKey()).isEqualTo("holidays.file.notShiftJis"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            date,name\\r\\n2026/1/1,元日                                | holidays.file.header
            国民の祝日・休日月日,国民の祝日・休日名称\\r\\n2026-01-01,元日      | holidays.file.badLine
            国民の祝日・休日月日,国民の祝日・休日名称\\r\\n2026/2/30,元日       | holidays.file.badLine
            国民の祝日・休日月日,国民の祝日・休日名称\\r\\n2026/1/1,            | holidays.file.badLine
            国民の祝日・休日月日,国民の祝日・休日名称\\r\\n2026/1/1,元日,余分   | holidays.file.badLine
            国民の祝日・休日月日,国民の祝日・休日名称\\r\\n\\r\\n2026/1/1,元日 | holidays.file.badLine
            国民の祝日・休日月日,国民の祝日・休日名称\\r\\n2026/1/1,元日\\r\\n2026/1/1,元日 | holidays.file.duplicate
            国民の祝日・休日月日,国民の祝日・休日名称\\r\\n                    | holidays.file.noLines
            """)
    void everyLineMustBeADateAndAName(String text, String reason) {
        byte[] file = text.replace("\\r\\n", "\r\n").getBytes(SJIS);
        assertThatThrownBy(() -> SyukujitsuCsv.parse(file, "f.csv"))
                .isInstanceOfSatisfying(HolidayFileException.class,
                        e -> assertThat(e.reasonKey()).isEqualTo(reason));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> SyukujitsuCsv.parse(new byte[0], "f.csv")).isInstanceOf(HolidayFileException.class);
    }
}
