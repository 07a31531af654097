package org.kenshu.service.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenshu.model.AttendanceMark.ABSENT;
import static org.kenshu.model.AttendanceMark.PRESENT;
import static org.kenshu.service.goals.GoalWorld.d;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.Designation;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.Direction;
import org.kenshu.model.Initiative;
import org.kenshu.model.InitiativeYear;
import org.kenshu.model.Pillar;
import org.kenshu.model.TrainingReport;
import org.kenshu.service.FeedbackService;
import org.kenshu.service.InitiativeService;
import org.kenshu.service.PlanService;
import org.kenshu.service.TrainingReportService;
import org.kenshu.store.TestStore;

/** 復命書 (due dates, overdue), anonymous satisfaction counts, and 実施計画 counts linked to data. */
class ReportsFeedbackPlanTest {
    @TempDir
    Path dir;
    GoalWorld w;
    long course;
    long june;
    long december;

    @BeforeEach
    void city() {
        w = new GoalWorld(dir);
        course = w.course("新任主任研修");
        june = w.session(course, 1, d(6, 3), d(6, 4));
        december = w.session(course, 2, d(12, 8));
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @Test
    void aReportIsExpectedFromWhoeverAttendedAnEndedSessionDueFourteenDaysAfterItsLastDay() {
        var reports = new TrainingReportService(w.db, w.repos, new PlanService(w.repos), TestStore.CLOCK);
        long attended = w.staff();
        long absent = w.staff();
        long later = w.staff();
        w.nominate(course, attended, june);
        w.nominate(course, absent, june);
        w.nominate(course, later, december);
        w.marks(june, attended, PRESENT, PRESENT);
        w.marks(june, absent, ABSENT, ABSENT);
        assertThat(reports.reports(GoalWorld.FY, true)).as("a TIER course is not external").isEmpty();
        var list = reports.reports(GoalWorld.FY, false);
        assertThat(list).singleElement().satisfies(r -> {
            assertThat(r.report().dueOn()).isEqualTo(d(6, 18));
            assertThat(r.overdue()).isTrue();
            assertThat(r.submitted()).isFalse();
        });
        TrainingReport saved = reports.save(new TrainingReport(0, list.getFirst().report().enrollmentId(),
                d(6, 18), d(6, 20), "傾聴の技法", "係内の面談で使う", "係会で共有", 0));
        assertThat(reports.reports(GoalWorld.FY, false).getFirst().overdue()).isFalse();
        assertThat(w.repos.trainingReports.get(saved.id()).learned()).isEqualTo("傾聴の技法");
        assertThatThrownBy(() -> reports.save(new TrainingReport(saved.id(), saved.enrollmentId(), d(6, 18),
                d(12, 1), null, null, null, saved.version()))).hasMessageContaining("今日より後");
    }

    @Test
    void satisfactionCountsAreReadFromASurveyExportAndGiveTheYearsShare() throws IOException {
        var feedback = new FeedbackService(w.db, w.repos, new PlanService(w.repos), SpreadsheetReaders::read);
        Path csv = dir.resolve("アンケート集計.csv");
        Files.writeString(csv, "研修後アンケート 集計\r\n評価,人数\r\n満足,12\r\nやや満足,5\r\nどちらともいえない,2\r\n"
                + "やや不満,1\r\n不満,0\r\n合計,20\r\n", Charset.forName("windows-31j"));
        Map<Integer, Integer> counts = feedback.readCounts(csv);
        assertThat(counts).containsEntry(5, 12).containsEntry(4, 5).containsEntry(3, 2).containsEntry(2, 1)
                .doesNotContainKey(20);
        feedback.saveCounts(june, counts, csv.getFileName().toString());
        assertThat(feedback.satisfiedShare(GoalWorld.FY)).isEqualByComparingTo("0.85");
        assertThat(feedback.sourceNote(GoalWorld.FY)).contains("1回", "20 人");
        Map<Integer, Integer> before = feedback.saveCounts(june, Map.of(5, 1), null);
        assertThat(before).containsEntry(5, 12);
        assertThat(w.repos.feedback.count()).isEqualTo(1);
        assertThatThrownBy(() -> feedback.saveCounts(june, Map.of(6, 1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInitiativeCountLinkedToACourseOrARoleFillsItself() {
        var plan = new InitiativeService(w.db, w.repos);
        long pillar = w.repos.pillars.insert(new Pillar(0, "P1", "人材の育成", 1, 0)).id();
        long direction = w.repos.directions.insert(new Direction(0, pillar, "P1_D1", "研修の充実", 1, 0)).id();
        long initiative = w.repos.initiatives.insert(new Initiative(0, direction, "P1_D1_I1", "評定者研修", null, 1,
                0)).id();
        long a = w.staff();
        long b = w.staff();
        w.marks(june, a, PRESENT, PRESENT);
        w.marks(june, b, PRESENT, ABSENT);
        InitiativeYear y = plan.saveYear(new InitiativeYear(0, initiative, GoalWorld.FY, "評定者研修を実施", null, 40,
                null, "名", "course:新任主任研修", 0));
        assertThat(plan.resultCount(y)).contains(1);
        long role = w.repos.designationRoles.insert(DesignationRole.of("EVALUATOR", "評定者", 1)).id();
        w.repos.designations.insert(new Designation(0, a, role, GoalWorld.FY, null, null, null, 0));
        w.repos.designations.insert(new Designation(0, b, role, GoalWorld.FY, null, null, null, 0));
        assertThat(plan.linkedCount("designation:EVALUATOR", GoalWorld.FY)).contains(2);
        assertThat(plan.problems(new InitiativeYear(0, initiative, 2027, null, null, null, null, null,
                "course:ない研修", 0))).singleElement().asString().contains("ない研修");
        assertThat(plan.rows()).singleElement().satisfies(r -> {
            assertThat(r.pillar().name()).isEqualTo("人材の育成");
            assertThat(r.years()).containsKey(GoalWorld.FY);
        });
        assertThat(plan.resultCount(new InitiativeYear(0, initiative, 2027, null, null, null, 7, null, null, 0)))
                .contains(7);
    }
}
