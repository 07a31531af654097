package org.kenshu.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Progress;

/** Sheet XML that Excel and other writers produce but POI's writer does not. */
class XlsxMarkupTest {
    @TempDir
    Path dir;

    private RecordingHandler.Sheet read(String rows, String sharedStrings) throws Exception {
        Path file = RawXlsx.write(dir.resolve("raw.xlsx"), RawXlsx.sheet(rows), sharedStrings);
        RecordingHandler handler = new RecordingHandler();
        new XlsxReader().read(file, handler, Progress.NONE);
        return handler.sheet("データ");
    }

    @Test
    void concatenatesRichTextRunsAndSkipsFuriganaInInlineStrings() throws Exception {
        RecordingHandler.Sheet sheet = read("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><r><t>髙橋</t></r><r><t xml:space=\"preserve\"> 一郎</t></r>"
                + "<rPh sb=\"0\" eb=\"2\"><t>タカハシ</t></rPh></is></c></row>", null);
        assertThat(sheet.texts(2)).containsExactly("", "髙橋 一郎");
    }

    @Test
    void concatenatesRichTextRunsAndSkipsFuriganaInSharedStrings() throws Exception {
        String sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\" uniqueCount=\"2\">"
                + "<si><t>研修</t><rPh sb=\"0\" eb=\"2\"><t>ケンシュウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
                + "<si><r><t>前半</t></r><r><rPr><b/></rPr><t>後半</t></r></si></sst>";
        RecordingHandler.Sheet sheet = read("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>0</v></c></row>", sst);
        assertThat(sheet.texts(1)).containsExactly("前半後半", "", "研修");
    }

    @Test
    void placesCellsWithoutReferencesAfterThePreviousOne() throws Exception {
        RecordingHandler.Sheet sheet = read("<row><c><v>1</v></c><c><v>2</v></c></row><row><c r=\"C2\"><v>3</v></c><c><v>4</v></c></row>", null);
        assertThat(sheet.rowNumbers()).containsExactly(1, 2);
        assertThat(sheet.texts(1)).containsExactly("1", "2");
        assertThat(sheet.texts(2)).containsExactly("", "", "3", "4");
    }

    @Test
    void decodesExcelEscapesAndIsoDateCellsAndFormulaText() throws Exception {
        RecordingHandler.Sheet sheet = read("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>一行目_x000D_\n二行目</t></is></c>"
                + "<c r=\"B1\" t=\"d\"><v>2026-05-12T09:30:00</v></c><c r=\"C1\" t=\"str\"><f>A1</f><v>計算</v></c>"
                + "<c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"E1\" t=\"b\"><v>0</v></c></row>", null);
        assertThat(sheet.texts(1)).containsExactly("一行目\r\n二行目", "2026-05-12 09:30", "計算", "#DIV/0!", "FALSE");
        assertThat(sheet.row(1).cell(1).dateTime()).isEqualTo(LocalDateTime.of(2026, 5, 12, 9, 30));
    }

    @Test
    void findsMergedRegionsWrittenWithAPrefixAndSingleQuotes() throws Exception {
        String xml = "<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>表題</x:t></x:is></x:c></x:row></x:sheetData>"
                + "<x:mergeCells count=\"2\"><x:mergeCell ref='A1:D1'/><x:mergeCell\n ref=\"B3:B10\" /></x:mergeCells></x:worksheet>";
        Path file = RawXlsx.write(dir.resolve("prefixed.xlsx"), xml, null);
        RecordingHandler handler = new RecordingHandler();
        new XlsxReader().read(file, handler, Progress.NONE);
        RecordingHandler.Sheet sheet = handler.sheet("データ");
        assertThat(sheet.info().mergedRegions()).containsExactly(new MergedRegion(1, 1, 0, 3), new MergedRegion(3, 10, 1, 1));
        assertThat(sheet.texts(1)).containsExactly("表題");
    }
}
