package org.kenshu.io.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.kenshu.model.Progress;
import org.xml.sax.SAXException;

/**
 * Reads .xlsx/.xlsm by streaming: POI's package layer for the parts and a plain SAX handler per
 * part, so memory holds the shared strings and one row, never the sheet. For each worksheet in
 * workbook order: a cheap pre-pass collects merged regions (Excel stores them after the rows),
 * then {@code startSheet} delivers them, then the rows, then {@code endSheet}. Chart and dialog
 * sheets are skipped. See {@link NumericCells} for how numbers and dates become text.
 */
public final class XlsxReader implements SpreadsheetReader {
    @Override
    public void read(Path file, RowHandler handler, Progress progress) throws UnreadableFileException {
        PoiLimits.apply();
        RowHandler guarded = new GuardedHandler(handler);
        ReadFailures.run(file, () -> {
            try (XlsxPackage pkg = XlsxPackage.open(file)) {
                readWorkbook(pkg, guarded, progress);
            }
        });
    }

    private static void readWorkbook(XlsxPackage pkg, RowHandler handler, Progress progress)
            throws IOException, SAXException, InvalidFormatException {
        XlsxWorkbookHandler workbook = new XlsxWorkbookHandler();
        XlsxPackage.parse(pkg.workbook(), workbook);
        SharedCells strings = new SharedCells(sharedStrings(pkg.related("/sharedStrings")));
        NumberFormat[] formats = formats(pkg.related("/styles"));
        for (XlsxWorkbookHandler.SheetEntry entry : workbook.sheets()) {
            progress.checkCancelled();
            PackagePart part = pkg.worksheet(entry.relationshipId());
            if (part == null) {
                continue;
            }
            List<MergedRegion> merged = mergedRegions(part);
            handler.startSheet(new SheetInfo(entry.name(), entry.hidden(), merged, workbook.date1904()));
            RowBuilder rows = new RowBuilder(handler, progress);
            XlsxPackage.parse(part, new XlsxSheetHandler(strings, formats, workbook.date1904(), rows));
            handler.endSheet();
        }
    }

    private static String[] sharedStrings(PackagePart part) throws IOException, SAXException {
        if (part == null) {
            return new String[0];
        }
        SharedStringsHandler strings = new SharedStringsHandler();
        XlsxPackage.parse(part, strings);
        return strings.strings();
    }

    private static NumberFormat[] formats(PackagePart part) throws IOException, SAXException {
        if (part == null) {
            return new NumberFormat[0];
        }
        XlsxStylesHandler styles = new XlsxStylesHandler();
        XlsxPackage.parse(part, styles);
        return styles.formats();
    }

    /** First pass over the worksheet part: only its merged regions. */
    static List<MergedRegion> mergedRegions(PackagePart part) throws IOException, SAXException {
        try (InputStream in = part.getInputStream()) {
            byte[] head = new byte[4];
            int n = in.readNBytes(head, 0, head.length);
            if (MergeCellScanner.needsXmlParser(head, n)) {
                MergeCellSaxHandler sax = new MergeCellSaxHandler();
                XlsxPackage.parse(new SequenceInputStream(new ByteArrayInputStream(head, 0, n), in), sax);
                return sax.regions();
            }
            return MergeCellScanner.scan(head, n, in);
        }
    }
}
