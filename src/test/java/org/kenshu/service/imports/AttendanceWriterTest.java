package org.kenshu.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.kenshu.model.Attendance;
import org.kenshu.model.AttendanceMark;

class AttendanceWriterTest {
    private static List<Attendance> block(long staffId) {
        return List.of(new Attendance(0, 1, staffId, AttendanceMark.PRESENT, null, 7L, 0));
    }

    @Test
    void blocksAreWrittenInOrderOnAThreadOfTheirOwn() {
        List<Long> written = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        try (var writer = new AttendanceWriter(rows -> {
            threads.add(Thread.currentThread().getName());
            rows.forEach(a -> written.add(a.staffId()));
        })) {
            writer.write(block(1));
            writer.write(block(2));
            writer.write(block(3));
            writer.finish();
        }
        assertThat(written).containsExactly(1L, 2L, 3L);
        assertThat(threads).containsOnly("kenshu-write");
    }

    @Test
    void aFailedBlockComesBackOnTheImportThread() {
        var failure = new IllegalStateException("unique index violated");
        try (var writer = new AttendanceWriter(rows -> {
            if (rows.getFirst().staffId() == 2) {
                throw failure;
            }
        })) {
            writer.write(block(1));
            writer.write(block(2));
            assertThatThrownBy(writer::finish).isSameAs(failure);
        }
    }

    @Test
    void closeReturnsOnlyWhenTheBlockInProgressHasEnded() {
        var ended = new AtomicBoolean();
        var writer = new AttendanceWriter(rows -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended.set(true);
        });
        writer.write(block(1));
        writer.close(); // as after a failure on the import thread: the transaction may end right after
        assertThat(ended).isTrue();
    }
}
