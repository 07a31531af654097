package org.kenshu.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.kenshu.io.report.Align;
import org.kenshu.io.report.ReportCell;
import org.kenshu.io.report.ReportColumn;
import org.kenshu.io.report.ReportDocument;
import org.kenshu.io.report.ReportRow;
import org.kenshu.io.report.ReportSheet;
import org.kenshu.io.report.XlsxReportWriter;
import org.kenshu.model.Progress;

/**
 * Writes N rows × 8 columns shaped like the attendance report by person (職員番号, 氏名, 所属, 研修名, 回,
 * 日程, 出欠, 修了; fictional, generated) in one of three ways, and prints the time and peak RSS:
 * {@code common} — POI's SXSSFWorkbook as commonly configured (window 100, shared strings, compressed
 * temporary files, default zip level, a style per column); {@code tuned} — the same cells with inline
 * strings, uncompressed temporary files and the fastest zip level; {@code report} — our XlsxReportWriter
 * (those settings plus widths from content, row heights, styles from the cache, A4 page setup).
 *
 * <pre>ReportWriteBenchmark common|tuned|report ROWS OUT.xlsx [REPEAT]</pre>
 * With REPEAT, the write runs that many times in one JVM and each time is printed (warm figures).
 */
public final class ReportWriteBenchmark {
    private static final String[] NAMES = {"佐藤 翔太", "鈴木 陽菜", "高橋 大輝", "田中 美咲", "伊藤 健一", "渡辺 由美子"};
    private static final String[] DEPARTMENTS = {"総務部 人事課", "市民部 市民課", "福祉部 障害福祉課",
        "建設部 都市計画課", "健康推進部 地域保健課", "子ども未来部 保育課"};

    private ReportWriteBenchmark() {
    }

    static String[] row(int i) {
        int c = i / 2500;
        return new String[] {String.format("%05d", i % 5000 + 1), NAMES[i % NAMES.length],
            DEPARTMENTS[(i / 7) % DEPARTMENTS.length], "ベンチ研修" + (c + 1), "第" + (i / 250 % 10 + 1) + "回",
            (4 + c % 9) + "月" + (i % 28 + 1) + "日(火)", i % 20 == 0 ? "欠席" : "出席", i % 20 == 0 ? "" : "○"};
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int rows = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        int repeat = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        long ms = 0;
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            switch (mode) {
                case "common" -> poi(rows, out, new SXSSFWorkbook(null, 100, true, true), false);
                case "tuned" -> poi(rows, out, tunedWorkbook(), true);
                case "report" -> report(rows, out);
                default -> throw new IllegalArgumentException(mode);
            }
            ms = (System.nanoTime() - start) / 1_000_000;
            if (repeat > 1) {
                System.out.printf("  run %d: %d ms%n", i + 1, ms);
            }
        }
        long up = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .findFirst().orElse("?").replaceAll("\\s+", " ");
        System.out.printf("%s %,d rows: write %d ms, JVM up %d ms, %s, file %,d bytes%n", mode, rows, ms, up, hwm,
                Files.size(out));
    }

    private static SXSSFWorkbook tunedWorkbook() {
        return new SXSSFWorkbook(null, 200, false, false) {
            @Override
            protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(
                    OutputStream stream) {
                var zip = super.createArchiveOutputStream(stream);
                zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
                return zip;
            }
        };
    }

    private static void poi(int rows, Path out, SXSSFWorkbook wb, boolean tuned) throws Exception {
        try (wb) {
            Sheet sheet = wb.createSheet("受講者別");
            CellStyle[] styles = new CellStyle[8];
            for (int c = 0; c < 8; c++) {
                styles[c] = wb.createCellStyle();
            }
            for (int i = 0; i < rows; i++) {
                Row r = sheet.createRow(i);
                String[] v = row(i);
                for (int c = 0; c < 8; c++) {
                    var cell = r.createCell(c);
                    cell.setCellValue(v[c]);
                    cell.setCellStyle(styles[c]);
                }
            }
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                wb.write(o);
            }
            wb.dispose();
        }
    }

    private static void report(int rows, Path out) throws Exception {
        Iterable<ReportRow> source = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < rows;
            }

            @Override
            public ReportRow next() {
                String[] v = row(i++);
                return ReportRow.of(IntStream.range(0, 8).mapToObj(c -> ReportCell.text(v[c])).toList());
            }
        };
        List<ReportColumn> columns = List.of(ReportColumn.centered("職員番号", 8, 12), ReportColumn.text("氏名", 10, 16),
                ReportColumn.text("所属", 12, 28), ReportColumn.text("研修名", 12, 26),
                ReportColumn.centered("回", 4, 7), ReportColumn.text("日程", 10, 22),
                ReportColumn.centered("出欠", 6, 14), ReportColumn.fixed("修了", Align.CENTER, 6));
        ReportSheet sheet = ReportSheet.builder("受講者別", columns).title("令和8年度 受講状況（受講者別）").landscape(true)
                .streamedRows(source, rows).build();
        XlsxReportWriter.write(new ReportDocument("受講状況", "ベンチ市", "令和8年度", "{0} / {1} ページ", "出力日",
                List.of(sheet)), out, Progress.NONE);
    }
}
