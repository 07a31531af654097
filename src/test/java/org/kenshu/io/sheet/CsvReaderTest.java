package org.kenshu.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Progress;

class CsvReaderTest {
    private static final Charset SJIS = Charset.forName("windows-31j");

    @TempDir
    Path dir;

    private Path file(String name, byte[]... parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    private static RecordingHandler.Sheet read(Path file) throws UnreadableFileException {
        RecordingHandler handler = new RecordingHandler();
        new CsvReader().read(file, handler, Progress.NONE);
        assertThat(handler.sheets).hasSize(1);
        return handler.sheets.getFirst();
    }

    @Test
    void readsUtf8WithoutBomAsTextCellsInASheetNamedAfterTheFile() throws Exception {
        Path csv = file("出欠.csv", "職員番号,氏名,受講日\n00123,山田 太郎,2026/5/12\n".getBytes(StandardCharsets.UTF_8));
        RecordingHandler.Sheet sheet = read(csv);
        assertThat(sheet.info().name()).isEqualTo("出欠.csv");
        assertThat(sheet.info().mergedRegions()).isEmpty();
        assertThat(sheet.texts(1)).containsExactly("職員番号", "氏名", "受講日");
        assertThat(sheet.texts(2)).containsExactly("00123", "山田 太郎", "2026/5/12");
        assertThat(sheet.row(2).cells()).allSatisfy(c -> {
            assertThat(c.number()).isNull();
            assertThat(c.dateTime()).isNull();
        });
    }

    @Test
    void dropsTheUtf8ByteOrderMarkFromTheFirstCell() throws Exception {
        Path csv = file("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "職員番号,氏名\r\n1,髙橋\r\n".getBytes(StandardCharsets.UTF_8));
        RecordingHandler.Sheet sheet = read(csv);
        assertThat(sheet.texts(1)).containsExactly("職員番号", "氏名");
        assertThat(sheet.texts(2)).containsExactly("1", "髙橋");
    }

    @Test
    void readsShiftJisAsWindows31jWithItsExtraCharacters() throws Exception {
        Path csv = file("sjis.csv", "所属,氏名,備考\n㈱研修センター,髙橋 一郎,①9:00～12:00\n".getBytes(SJIS));
        RecordingHandler.Sheet sheet = read(csv);
        assertThat(sheet.texts(2)).containsExactly("㈱研修センター", "髙橋 一郎", "①9:00～12:00");
    }

    @Test
    void readsExcelUnicodeTextAsUtf16LittleEndianTabSeparated() throws Exception {
        Path txt = file("unicode.txt", new byte[] {(byte) 0xFF, (byte) 0xFE},
                "職員番号\t氏名\r\n00123\t山田, 太郎\r\n".getBytes(StandardCharsets.UTF_16LE));
        RecordingHandler.Sheet sheet = read(txt);
        assertThat(sheet.texts(1)).containsExactly("職員番号", "氏名");
        assertThat(sheet.texts(2)).containsExactly("00123", "山田, 太郎");
    }

    @Test
    void numbersEachRecordByTheLineItStartsOn() throws Exception {
        String text = "氏名,備考\n山田,\"1行目\n2行目\"\n佐藤,なし\n\n\"鈴木\",\"a\r\nb\r\nc\"\n田中,x";
        RecordingHandler.Sheet sheet = read(file("multi.csv", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(sheet.rowNumbers()).containsExactly(1, 2, 4, 6, 9);
        assertThat(sheet.texts(2)).containsExactly("山田", "1行目\n2行目");
        assertThat(sheet.texts(6)).containsExactly("鈴木", "a\r\nb\r\nc");
        assertThat(sheet.texts(9)).containsExactly("田中", "x");
    }

    @Test
    void choosesTabWhenTheFirstLineHasTabsAndNoCommas() throws Exception {
        Path csv = file("tabs.csv", "氏名\t所属\n山田, 太郎\t総務課\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(csv).texts(2)).containsExactly("山田, 太郎", "総務課");
    }

    @Test
    void rejectsBytesNeitherEncodingCanReadNamingLineAndCharacter() throws Exception {
        Path csv = file("broken.csv", "a,b\r\nc,d\r\nab,c".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xFF},
                "\r\n".getBytes(StandardCharsets.US_ASCII));
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> new CsvReader().read(csv, new RecordingHandler(), Progress.NONE));
        assertThat(e.reasonKey()).isEqualTo("import.reason.undecodable");
        assertThat(e.getMessage()).contains("broken.csv", "3行目5文字目", "Shift_JIS", "UTF-8");
    }

    @Test
    void rejectsAShiftJisFileWithABrokenByteAtItsPositionInShiftJis() throws Exception {
        Path csv = file("sjis-broken.csv", "氏名,所属\n山田,総務課\n佐藤,".getBytes(SJIS), new byte[] {(byte) 0x80});
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> new CsvReader().read(csv, new RecordingHandler(), Progress.NONE));
        assertThat(e.getMessage()).contains("3行目4文字目");
    }

    @Test
    void rejectsAUtf8FileWithABrokenByteInsteadOfReadingItAsShiftJis() throws Exception {
        Path csv = file("utf8-broken.csv", "氏名,所属\n山田,総務課\n研修".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE3, (byte) 0x81}, ",x\n".getBytes(StandardCharsets.UTF_8));
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> new CsvReader().read(csv, new RecordingHandler(), Progress.NONE));
        assertThat(e.getMessage()).contains("3行目3文字目", "UTF-8");
    }

    @Test
    void deliversNoRowOfAFileItRejects() throws Exception {
        Path csv = file("late.csv", "a,b\n".repeat(1000).getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xFF});
        RecordingHandler handler = new RecordingHandler();
        assertThatThrownBy(() -> new CsvReader().read(csv, handler, Progress.NONE)).isInstanceOf(UnreadableFileException.class);
        assertThat(handler.events).isEmpty();
    }

    @Test
    void rejectsAnUnclosedQuoteNamingTheLineWhereItsRecordStarts() throws Exception {
        Path csv = file("quote.csv", "a,b\nc,\"d\ne,f\n".getBytes(StandardCharsets.UTF_8));
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> new CsvReader().read(csv, new RecordingHandler(), Progress.NONE));
        assertThat(e.reasonKey()).isEqualTo("import.reason.unclosedQuote");
        assertThat(e.getMessage()).contains("2行目");
    }

    @Test
    void canBeCancelledWhileItChecksTheEncoding() throws Exception {
        Path csv = file("big.csv", "職員番号,氏名\n".repeat(50_000).getBytes(SJIS));
        Progress alreadyCancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        RecordingHandler handler = new RecordingHandler();
        assertThatThrownBy(() -> new CsvReader().read(csv, handler, alreadyCancelled))
                .isInstanceOf(Progress.CancelledException.class);
        assertThat(handler.events).isEmpty();
    }

    @Test
    void stopsWhenCancelledAndLetsHandlerExceptionsThrough() throws Exception {
        Path csv = file("long.csv", "1,2\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII));
        AtomicInteger rows = new AtomicInteger();
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return rows.get() >= 500;
            }
        };
        assertThatThrownBy(() -> new CsvReader().read(csv, new CountingHandler(rows), cancelled))
                .isInstanceOf(Progress.CancelledException.class);
        assertThat(rows.get()).isLessThan(10_000);

        IllegalArgumentException own = new IllegalArgumentException("mine");
        RowHandler failing = new CountingHandler(new AtomicInteger()) {
            @Override
            public void endSheet() {
                throw own;
            }
        };
        assertThatThrownBy(() -> new CsvReader().read(csv, failing, Progress.NONE)).isSameAs(own);
    }
}
