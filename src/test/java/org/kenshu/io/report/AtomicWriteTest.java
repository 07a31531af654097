package org.kenshu.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Progress;

/** An interrupted export never leaves a half file under the final name, nor its temporary file. */
class AtomicWriteTest {
    @TempDir
    Path dir;

    /** Rows that fail after {@code good} rows, as a database error or a full disk would. */
    private static Iterable<ReportRow> failingAfter(int good) {
        return () -> new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ReportRow next() {
                if (n++ == good) {
                    throw new IllegalStateException("disk full");
                }
                return ReportRow.of(ReportCell.integer(n), ReportCell.text("研修" + n), ReportCell.integer(n));
            }
        };
    }

    private ReportDocument failing() {
        return XlsxReportWriterTest.document(ReportSheet.builder("s", XlsxReportWriterTest.columns())
                .streamedRows(failingAfter(3000), 10_000).build());
    }

    @Test
    void aFailureMidWriteLeavesNoFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("受講状況.xlsx");
        assertThatThrownBy(() -> XlsxReportWriter.write(failing(), target, Progress.NONE)).hasMessage("disk full");
        assertThat(target).doesNotExist();
        assertThat(files()).isEmpty();
    }

    @Test
    void aFailureMidWriteLeavesTheEarlierFileAsItWas() throws Exception {
        Path target = dir.resolve("受講状況.xlsx");
        Files.writeString(target, "earlier");
        assertThatThrownBy(() -> XlsxReportWriter.write(failing(), target, Progress.NONE)).isNotNull();
        assertThat(target).hasContent("earlier");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        Path target = dir.resolve("受講状況.xlsx");
        Progress cancelAfterAWhile = new Progress() {
            long calls;

            @Override
            public void update(long done, long total, String message) {
                calls++;
            }

            @Override
            public boolean isCancelled() {
                return calls > 2;
            }
        };
        ReportDocument doc = XlsxReportWriterTest.document(ReportSheet.builder("s", XlsxReportWriterTest.columns())
                .streamedRows(failingAfter(Integer.MAX_VALUE), -1).build());
        assertThatThrownBy(() -> XlsxReportWriter.write(doc, target, cancelAfterAWhile))
                .isInstanceOf(Progress.CancelledException.class);
        assertThat(target).doesNotExist();
        assertThat(files()).isEmpty();
    }

    @Test
    void aCompleteExportReplacesTheEarlierFile() throws Exception {
        Path target = dir.resolve("plan.xlsx");
        Files.writeString(target, "earlier");
        XlsxReportWriter.write(XlsxReportWriterTest.document(ReportSheet.builder("s", XlsxReportWriterTest.columns())
                .rows(List.of()).build()), target, Progress.NONE);
        assertThat(Files.size(target)).isGreaterThan(1000);
        assertThat(files()).containsExactly(target);
    }

    @Test
    void anExportedFileGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews()
                .contains("posix"));
        Path probe = Files.createFile(dir.resolve("probe.txt"));
        Path target = dir.resolve("plan.xlsx");
        XlsxReportWriter.write(XlsxReportWriterTest.document(ReportSheet.builder("s", XlsxReportWriterTest.columns())
                .rows(List.of()).build()), target, Progress.NONE);
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(probe));
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }
}
