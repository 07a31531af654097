package org.kenshu.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Progress;

/** Files that must be rejected with a clear reason: renamed, empty, broken, encrypted, bombs. */
class HostileFilesTest {
    @TempDir
    Path dir;

    private static UnreadableFileException rejection(Path file) {
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> SpreadsheetReaders.read(file, new RecordingHandler(), Progress.NONE));
        assertThat(e).as("rejection of %s", file.getFileName()).isNotNull();
        assertThat(e.getMessage()).contains(file.getFileName().toString());
        return e;
    }

    private Path text(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void rejectsACsvRenamedToXlsxAsTextWithAnExcelName() throws Exception {
        assertThat(rejection(text("roster.xlsx", "職員番号,氏名\n1,山田\n")).reasonKey())
                .isEqualTo("import.reason.textWithExcelExtension");
    }

    @Test
    void rejectsAWebPageRenamedToXlsAsHtml() throws Exception {
        assertThat(rejection(text("export.xls", "\uFEFF<html><body><table><tr><td>1</td></tr></table></body></html>")).reasonKey())
                .isEqualTo("import.reason.webPageOrXml");
    }

    @Test
    void rejectsAPdfRenamedToXlsx() throws Exception {
        assertThat(rejection(text("report.xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n")).reasonKey()).isEqualTo("import.reason.pdf");
    }

    @Test
    void rejectsEmptyFilesOfEveryKind() throws Exception {
        for (String name : new String[] {"empty.xlsx", "empty.xls", "empty.csv"}) {
            UnreadableFileException e = rejection(Files.write(dir.resolve(name), new byte[0]));
            assertThat(e.reasonKey()).isEqualTo("import.reason.empty");
            assertThat(e.getMessage()).isEqualTo("ファイル「" + name + "」を読み込めません：ファイルが空です。");
        }
    }

    @Test
    void rejectsATruncatedXlsxAsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(WorkbookFixtures.xlsx(dir));
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        assertThat(rejection(cut).reasonKey()).isEqualTo("import.reason.corrupt");
    }

    @Test
    void rejectsAZipThatIsNotAWorkbook() throws Exception {
        Path zip = dir.resolve("photos.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThat(rejection(zip).reasonKey()).isEqualTo("import.reason.notExcelWorkbook");
    }

    @Test
    void readsAWorkbookByItsContentWhateverItsName() throws Exception {
        Path renamed = Files.move(WorkbookFixtures.xlsx(dir), dir.resolve("attendance.csv"));
        RecordingHandler handler = new RecordingHandler();
        SpreadsheetReaders.read(renamed, handler, Progress.NONE);
        FixtureExpectations.assertAttendanceSheet(handler.sheet("出欠"));
    }

    @Test
    void rejectsAPasswordProtectedXlsx() throws Exception {
        Path file = dir.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("秘").createRow(0).createCell(0).setCellValue("給与");
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("himitsu");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                wb.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        UnreadableFileException e = rejection(file);
        assertThat(e.reasonKey()).isEqualTo("import.reason.encrypted");
        assertThat(e.getMessage()).contains("パスワードで保護されています");
    }

    @Test
    void rejectsAPasswordProtectedXls() throws Exception {
        Path file = dir.resolve("protected.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("秘").createRow(0).createCell(0).setCellValue("給与");
            Biff8EncryptionKey.setCurrentUserPassword("himitsu");
            WorkbookFixtures.write(wb, file);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThat(rejection(file).reasonKey()).isEqualTo("import.reason.encrypted");
    }

    @Test
    void rejectsAZipBombQuicklyWithoutRunningOutOfMemory() throws Exception {
        // 300 MB of one shared string compresses to ~300 KB: without limits it would need >600 MB of heap.
        Path bomb = RawXlsx.write(dir.resolve("bomb.xlsx"),
                out -> out.write(RawXlsx.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").getBytes(StandardCharsets.UTF_8)),
                out -> {
                    out.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>".getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = new byte[1 << 20];
                    Arrays.fill(chunk, (byte) 'a');
                    for (int i = 0; i < 300; i++) {
                        out.write(chunk);
                    }
                    out.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
                });
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        UnreadableFileException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> rejection(bomb));
        assertThat(e.reasonKey()).isEqualTo("import.reason.tooLarge");
    }

    @Test
    void rejectsSheetXmlWithEntityDeclarations() throws Exception {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>";
        Path file = RawXlsx.write(dir.resolve("laughs.xlsx"), laughs, null);
        assertThat(rejection(file).reasonKey()).isEqualTo("import.reason.xmlEntities");
    }

    @Test
    void rejectsExcel4WorkbooksAsTooOld() throws Exception {
        byte[] bof = {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x0A, 0x00};
        assertThat(rejection(Files.write(dir.resolve("excel4.xls"), bof)).reasonKey()).isEqualTo("import.reason.oldExcel");
    }

    @Test
    void rejectsFilesOfOtherKindsByName() throws Exception {
        UnreadableFileException e = rejection(text("memo.docx", "just text"));
        assertThat(e.reasonKey()).isEqualTo("import.reason.unsupportedType");
        assertThat(e.getMessage()).contains(".docx");
    }

    @Test
    void rejectsAMissingFileAsNotOpenable() {
        assertThat(rejection(dir.resolve("gone.xlsx")).reasonKey()).isEqualTo("import.reason.cannotOpen");
    }
}
