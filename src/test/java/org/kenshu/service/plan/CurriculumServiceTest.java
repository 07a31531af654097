package org.kenshu.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenshu.service.plan.PlanFixture.d;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Competency;
import org.kenshu.model.Course;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffAbsence;
import org.kenshu.model.AbsenceKind;
import org.kenshu.model.TierCompetency;

class CurriculumServiceTest {
    @TempDir
    Path dir;
    PlanFixture city;
    Competency clerical;
    Competency planning;

    @BeforeEach
    void open() {
        city = new PlanFixture(dir);
        clerical = city.repos.competencies.insert(Competency.of(null, "CLERICAL", "事務処理能力", 1));
        planning = city.repos.competencies.insert(Competency.of(null, "PLANNING", "企画立案能力", 2));
        city.repos.tierCompetencies.insert(TierCompetency.of(city.shuji.id(), clerical.id(), RequirementLevel.ESSENTIAL));
        city.repos.tierCompetencies.insert(TierCompetency.of(city.shunin.id(), planning.id(), RequirementLevel.ESSENTIAL));
        city.repos.tierCompetencies.insert(TierCompetency.of(city.shunin.id(), clerical.id(), RequirementLevel.REQUIRED));
    }

    @AfterEach
    void close() {
        city.close();
    }

    @Test
    void theCurriculumCountsActiveStaffOfEachTargetTierOnAprilFirst() {
        Course junior = city.course("主事級研修", city.shuji);
        Course everyone = city.course("人権研修", DeliveryFormat.CLASSROOM, Set.of());
        city.course("計画にない研修", city.shuji);
        city.session(2026, junior, "研修室", d("2026-06-09"));
        city.session(2026, everyone, "研修室", d("2026-06-10"));
        city.staff("00101", "試験 一郎", city.shuji);
        city.staff("00102", "試験 二郎", city.shuji);
        Staff away = city.staff("00103", "試験 三郎", city.shuji);
        city.repos.absences.insert(new StaffAbsence(0, away.id(), AbsenceKind.CHILDCARE_LEAVE, d("2026-01-01"),
                d("2026-12-31"), null, 0));
        city.staff("00201", "試験 四郎", city.shunin);
        Curriculum c = city.curriculum.curriculum(2026);
        assertThat(c.columns()).extracting(Curriculum.Column::course).containsExactly("主事級研修", "人権研修");
        assertThat(c.tiers()).extracting(t -> t.name()).containsExactly("主事・主事補級", "主任級");
        assertThat(c.count(junior.id(), city.shuji.id())).isEqualTo(2);
        assertThat(c.count(junior.id(), city.shunin.id())).isNull();
        assertThat(c.count(everyone.id(), city.shunin.id())).isEqualTo(1);
        assertThat(c.columns().getFirst().typeColor()).isEqualTo("#1F4E79");
    }

    @Test
    void anUncoveredEssentialCompetencyIsAGapAndACoveredOneIsNot() {
        Course junior = city.course("主事級研修", DeliveryFormat.CLASSROOM, Set.of(clerical.id()), city.shuji);
        city.session(2026, junior, "研修室", d("2026-06-09"));
        Coverage coverage = city.curriculum.coverage(2026);
        var clericalRow = coverage.rows().getFirst();
        assertThat(clericalRow.cell(city.shuji).covered()).isTrue();
        assertThat(clericalRow.cell(city.shuji).courses()).containsExactly("主事級研修");
        assertThat(clericalRow.cell(city.shunin).level()).isEqualTo(RequirementLevel.REQUIRED);
        assertThat(clericalRow.cell(city.shunin).gap()).as("○ uncovered is not a gap").isFalse();
        assertThat(coverage.rows().get(1).cell(city.shunin).gap()).isTrue();
        assertThat(coverage.gaps(city.shuji)).isZero();
        assertThat(coverage.gaps(city.shunin)).isEqualTo(1);
    }

    @Test
    void aCancelledSessionDoesNotCoverAnything() {
        Course junior = city.course("主事級研修", DeliveryFormat.CLASSROOM, Set.of(clerical.id()), city.shuji);
        var s = city.session(2026, junior, "研修室", d("2026-06-09"));
        city.cancellations.cancel(s, NominationHandling.KEEP, null);
        assertThat(city.curriculum.coverage(2026).gaps(city.shuji)).isEqualTo(1);
        assertThat(city.curriculum.curriculum(2026).columns()).isEmpty();
    }
}
