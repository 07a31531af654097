package org.kenshu.io.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.kenshu.model.Progress;

/**
 * Writes a report as an .xlsx with POI's streaming workbook, tuned for speed and memory: a window of
 * rows in memory, strings inline (no shared-strings table to hold), temporary sheet files uncompressed,
 * styles from a cache, a faster cell writer ({@link FastSheetXml}) and the fastest zip level (the file
 * grows by about a third, writing it takes half as long).
 * The file appears under its name only when complete (see {@link AtomicFile}).
 */
public final class XlsxReportWriter {
    /** Rows kept in memory per sheet before they go to the temporary file. */
    static final int WINDOW = 200;

    private XlsxReportWriter() {
    }

    /**
     * Loads POI's workbook classes (and XMLBeans behind them) on a background thread while the caller
     * reads its data from the database: on a two-core PC the two start-up costs then overlap. Harmless
     * when the export is cancelled or fails; writes nothing that stays (the sheet's temporary file is deleted).
     */
    public static void prepare() {
        Thread t = new Thread(() -> {
            try (SXSSFWorkbook wb = newWorkbook()) {
                new StyleCache(wb).get(Look.BODY, Align.LEFT, true, null, false, true);
                wb.createSheet("warm-up").createRow(0).createCell(0).setCellValue("準備");
                wb.dispose();
            } catch (IOException | RuntimeException e) {
                // Only a warm-up: the real write reports its own problems.
            }
        }, "kenshu-report-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** What was written. */
    public record Result(int sheets, long rows) {
    }

    public static Result write(ReportDocument doc, Path target, Progress progress) throws IOException {
        long total = doc.sheets().stream().mapToLong(s -> Math.max(0, s.expectedRows())).sum();
        RowProgress rows = new RowProgress(progress, total, target.getFileName().toString());
        AtomicFile.write(target, out -> write(doc, out, rows, progress));
        progress.update(rows.done(), Math.max(total, rows.done()), target.getFileName().toString());
        return new Result(doc.sheets().size(), rows.done());
    }

    private static void write(ReportDocument doc, OutputStream out, RowProgress rows, Progress progress)
            throws IOException {
        SXSSFWorkbook wb = newWorkbook();
        try {
            StyleCache styles = new StyleCache(wb);
            SheetWriter writer = new SheetWriter(wb, doc, styles, rows);
            Set<String> names = new HashSet<>();
            for (ReportSheet sheet : doc.sheets()) {
                writer.write(sheet, uniqueName(sheet.name(), names));
                progress.checkCancelled();
            }
            var properties = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setTitle(doc.title());
            properties.setCreator("Kenshu Workbench");
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    static SXSSFWorkbook newWorkbook() {
        return new SXSSFWorkbook(null, WINDOW, false, false) {
            @Override
            protected org.apache.poi.xssf.streaming.SheetDataWriter createSheetDataWriter() throws IOException {
                return new FastSheetXml();
            }

            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
                zip.setLevel(Deflater.BEST_SPEED);
                return zip;
            }
        };
    }

    /** Excel's rules for a tab name (31 characters, no []:*?/\), made unique in the workbook. */
    static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted, '_');
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = "(" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
