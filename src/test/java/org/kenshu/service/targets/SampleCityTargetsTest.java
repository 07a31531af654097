package org.kenshu.service.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.Progress;
import org.kenshu.service.Workspace;
import org.kenshu.store.TestStore;

/** The sample city's tier-course nominations were made by the same rules: generating them again finds the same people. */
class SampleCityTargetsTest {
    @TempDir
    static Path dir;
    static Workspace ws;

    @BeforeAll
    static void load() {
        ws = Workspace.open(dir, SpreadsheetReaders::read, TestStore.CLOCK);
        ws.services().sample.load(Progress.NONE);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @Test
    void targetsOfEveryTierCourseAreExactlyThePeopleTheSampleNominated() {
        var services = ws.services();
        TargetList list = services.targets.targets(2026, null, null, Progress.NONE);
        Set<Long> tierCourses = services.catalog.courses().stream().filter(c -> c.typeCode().equals("TIER"))
                .map(c -> c.course().id()).collect(Collectors.toSet());
        int compared = 0;
        for (CourseTargets c : list.courses()) {
            if (!tierCourses.contains(c.courseId())) {
                continue;
            }
            compared++;
            Set<Long> nominated = new HashSet<>();
            services.assignments.board(2026, c.courseId()).sessions()
                    .forEach(s -> s.members().stream().filter(m -> m.kind() == EnrollmentKind.NOMINATED)
                            .forEach(m -> nominated.add(m.staffId())));
            Set<Long> targets = c.targets().stream().map(Target::staffId).collect(Collectors.toSet());
            assertThat(targets).as(c.course()).isEqualTo(nominated);
            assertThat(c.targets()).as(c.course()).allMatch(Target::enrolled);
        }
        assertThat(compared).isEqualTo(10);
        assertThat(list.referenceDate()).hasToString("2026-04-01");
    }

    @Test
    void reasonsNameTheConditionsOfTheRule() {
        var services = ws.services();
        Map<String, List<Target>> byCourse = services.targets.targets(2026, null, null, Progress.NONE).courses()
                .stream().collect(Collectors.toMap(CourseTargets::course, CourseTargets::targets));
        assertThat(byCourse.get("新任主任研修")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.reason()).matches("主任級・R\\d+\\.\\d+\\.\\d+ 昇任（新任）"));
        assertThat(byCourse.get("採用2年目研修")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.reason()).matches("主事・主事補級・.+・採用2年目"));
    }
}
