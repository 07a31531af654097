package org.kenshu.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.Progress;
import org.kenshu.store.TestStore;

/** The staff detail on the sample city: training history and nominations come from the imported files. */
class StaffRecordsTest {
    @TempDir
    static Path dir;
    static Workspace ws;

    @BeforeAll
    static void loadSample() {
        ws = Workspace.open(dir, SpreadsheetReaders::read, TestStore.CLOCK);
        ws.services().sample.load(Progress.NONE);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private StaffDetail someoneWithTraining() {
        return ws.services().roster.roster(LocalDate.of(2026, 11, 21)).stream()
                .map(e -> ws.services().staffRecords.detail(e.staffId()))
                .filter(d -> d.training().size() >= 2 && !d.nominations().isEmpty())
                .findFirst().orElseThrow();
    }

    @Test
    void trainingHistoryListsEachSessionAttendedNewestFirstWithItsCompletion() {
        StaffDetail d = someoneWithTraining();
        assertThat(d.training()).isSortedAccordingTo((x, y) -> y.days().getFirst().compareTo(x.days().getFirst()));
        assertThat(d.training()).allSatisfy(l -> {
            assertThat(l.course()).isNotBlank();
            assertThat(l.fiscalYear()).isIn(2025, 2026);
            assertThat(l.marks()).hasSameSizeAs(l.days());
            assertThat(l.completed()).isEqualTo(l.marks().size() == l.dayCount() && l.marks().stream()
                    .allMatch(m -> m != org.kenshu.model.AttendanceMark.ABSENT
                            && m != org.kenshu.model.AttendanceMark.EXEMPT));
        });
        assertThat(d.training()).anyMatch(StaffDetail.TrainingLine::completed);
    }

    @Test
    void nominationsNameTheCourseAndTheYear() {
        StaffDetail d = someoneWithTraining();
        assertThat(d.nominations()).allSatisfy(n -> {
            assertThat(n.course()).isNotBlank();
            assertThat(n.enrollment().kind()).isIn((Object[]) EnrollmentKind.values());
        });
        assertThat(d.nominations()).isSortedAccordingTo((x, y) -> Integer.compare(y.enrollment().fiscalYear(),
                x.enrollment().fiscalYear()));
    }

    @Test
    void theAssignmentHistoryStartsWithTheFirstAssignment() {
        StaffDetail d = someoneWithTraining();
        assertThat(d.assignments()).isNotEmpty();
        assertThat(d.assignments().getFirst().change()).isEqualTo(StaffDetail.Change.FIRST);
        assertThat(d.assignments().getFirst().department()).isNotBlank();
    }
}
