package org.kenshu.tools;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Writes the bundled holiday list in 内閣府's syukujitsu.csv format (Shift_JIS, CRLF, header
 * 「国民の祝日・休日月日,国民の祝日・休日名称」, lines {@code yyyy/M/d,名称}) from {@link HolidayLaw}.
 * Run when a new year's equinox days are published (官報, each February):
 * <pre>java -cp target/test-classes:target/classes org.kenshu.tools.SyukujitsuGenerator</pre>
 */
public final class SyukujitsuGenerator {
    static final int FIRST_YEAR = 1955;
    static final int LAST_YEAR = 2027;
    static final Path RESOURCE = Path.of("src/main/resources/org/kenshu/holidays/syukujitsu.csv");

    private SyukujitsuGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : RESOURCE;
        Files.write(out, render());
    }

    static byte[] render() {
        StringBuilder text = new StringBuilder("国民の祝日・休日月日,国民の祝日・休日名称\r\n");
        for (Map.Entry<LocalDate, String> e : HolidayLaw.between(FIRST_YEAR, LAST_YEAR).entrySet()) {
            LocalDate d = e.getKey();
            text.append(d.getYear()).append('/').append(d.getMonthValue()).append('/').append(d.getDayOfMonth())
                    .append(',').append(e.getValue()).append("\r\n");
        }
        return text.toString().getBytes(Charset.forName("windows-31j"));
    }
}
