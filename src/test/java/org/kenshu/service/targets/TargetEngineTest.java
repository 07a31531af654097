package org.kenshu.service.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenshu.service.targets.People.FIRE;
import static org.kenshu.service.targets.People.GENERAL;
import static org.kenshu.service.targets.People.SHUJI;
import static org.kenshu.service.targets.People.SHUNIN;
import static org.kenshu.service.targets.People.SOUMU;
import static org.kenshu.service.targets.People.ZAIMU;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kenshu.model.AbsenceKind;
import org.kenshu.model.Course;
import org.kenshu.model.EmploymentType;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Staff;
import org.kenshu.model.TargetRule;
import org.kenshu.model.Tier;

/** Target-rule semantics: each condition on its own, its date boundaries, and all of them together. */
class TargetEngineTest {
    static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    static final LocalDate YEAR_END = LocalDate.of(2027, 3, 31);
    final People people = new People();

    private List<String> targets(TargetRule rule) {
        return targets(rule, Set.of(), APRIL);
    }

    private List<String> targets(TargetRule rule, Set<Long> completed, LocalDate reference) {
        StaffFacts facts = people.facts();
        return new TargetEngine(facts, reference, YEAR_END).match(rule, completed).stream()
                .map(m -> facts.staff(m.index()).name()).toList();
    }

    private static TargetRule rule(Set<Long> tiers, Set<Long> jobs, Integer from, Integer to, Integer months,
            Long notCompleted, boolean activeOnly) {
        return new TargetRule(tiers, jobs, from, to, months, notCompleted, activeOnly);
    }

    private static TargetRule years(Integer from, Integer to) {
        return rule(Set.of(), Set.of(), from, to, null, null, true);
    }

    private static TargetRule promotedWithin(int months) {
        return rule(Set.of(SHUNIN), Set.of(), null, null, months, null, true);
    }

    @Test
    void theTierIsTheOneInForceOnTheReferenceDate() {
        long a = people.hire("昇任 一郎", LocalDate.of(2015, 4, 1), SHUJI, GENERAL, SOUMU);
        people.assign(a, APRIL, SHUNIN, GENERAL, SOUMU, APRIL);
        long b = people.hire("来年 昇任", LocalDate.of(2015, 4, 1), SHUJI, GENERAL, SOUMU);
        people.assign(b, APRIL.plusDays(1), SHUNIN, GENERAL, SOUMU, APRIL.plusDays(1));
        assertThat(targets(TargetRule.forTiers(Set.of(SHUNIN)))).containsExactly("昇任 一郎");
        assertThat(targets(TargetRule.forTiers(Set.of(SHUJI)))).containsExactly("来年 昇任");
        assertThat(targets(TargetRule.forTiers(Set.of(SHUNIN)), Set.of(), APRIL.minusDays(1))).isEmpty();
    }

    @Test
    void theJobCategoryIsTheOneInForceOnTheReferenceDate() {
        long a = people.hire("転任 花子", LocalDate.of(2018, 4, 1), SHUJI, FIRE, ZAIMU);
        people.assign(a, APRIL, SHUJI, GENERAL, SOUMU, null);
        people.hire("消防 次郎", LocalDate.of(2018, 4, 1), SHUJI, FIRE, ZAIMU);
        assertThat(targets(rule(Set.of(), Set.of(GENERAL), null, null, null, null, true))).containsExactly("転任 花子");
        assertThat(targets(rule(Set.of(), Set.of(FIRE), null, null, null, null, true))).containsExactly("消防 次郎");
    }

    @Test
    void yearsSinceHireCountCompletedYearsSoZeroToZeroIsTheYearUpToTheReferenceDate() {
        people.hire("今年 採用", APRIL, SHUJI, GENERAL, SOUMU);
        people.hire("前年度末 採用", LocalDate.of(2025, 4, 2), SHUJI, GENERAL, SOUMU);
        people.hire("一年 経過", LocalDate.of(2025, 4, 1), SHUJI, GENERAL, SOUMU);
        people.hire("三年 経過", LocalDate.of(2023, 4, 1), SHUJI, GENERAL, SOUMU);
        assertThat(targets(years(0, 0))).containsExactly("今年 採用", "前年度末 採用");
        assertThat(targets(years(1, 1))).containsExactly("一年 経過");
        assertThat(targets(years(1, 3))).containsExactly("一年 経過", "三年 経過");
        assertThat(targets(years(2, null))).containsExactly("三年 経過");
        assertThat(targets(years(null, 0))).containsExactly("今年 採用", "前年度末 採用");
    }

    @Test
    void aStaffMemberWithoutHireDateNeverMeetsAYearsCondition() {
        people.staff.add(new Staff(99, "00099", "日付 不明", null, EmploymentType.REGULAR, null, null, null, null, 0));
        people.assign(99, LocalDate.of(2020, 4, 1), SHUJI, GENERAL, SOUMU, null);
        assertThat(targets(years(0, 40))).isEmpty();
        assertThat(targets(TargetRule.forTiers(Set.of(SHUJI)))).containsExactly("日付 不明");
    }

    @Test
    void newInTierMeansPromotedAfterTheReferenceDateMinusNMonths() {
        long a = people.hire("一年前 昇任", LocalDate.of(2010, 4, 1), SHUJI, GENERAL, SOUMU);
        people.assign(a, LocalDate.of(2025, 4, 1), SHUNIN, GENERAL, SOUMU, LocalDate.of(2025, 4, 1));
        long b = people.hire("一年前翌日 昇任", LocalDate.of(2010, 4, 1), SHUJI, GENERAL, SOUMU);
        people.assign(b, LocalDate.of(2025, 4, 2), SHUNIN, GENERAL, SOUMU, LocalDate.of(2025, 4, 2));
        long c = people.hire("今年 昇任", LocalDate.of(2010, 4, 1), SHUJI, GENERAL, SOUMU);
        people.assign(c, APRIL, SHUNIN, GENERAL, SOUMU, APRIL);
        assertThat(targets(promotedWithin(12))).containsExactly("一年前翌日 昇任", "今年 昇任");
        assertThat(targets(promotedWithin(6))).containsExactly("今年 昇任");
    }

    @Test
    void withoutAPromotionDateTheTierBeginsWhereAnEarlierAssignmentHadAnotherTier() {
        long a = people.hire("異動 三郎", LocalDate.of(2010, 4, 1), SHUJI, GENERAL, SOUMU);
        people.assign(a, LocalDate.of(2025, 10, 1), SHUNIN, GENERAL, SOUMU, null);
        people.assign(a, APRIL, SHUNIN, GENERAL, ZAIMU, null); // a transfer in the same tier keeps the start
        long b = people.hire("昔 昇任", LocalDate.of(2010, 4, 1), SHUJI, GENERAL, SOUMU);
        people.assign(b, LocalDate.of(2024, 4, 1), SHUNIN, GENERAL, SOUMU, null);
        people.assign(b, APRIL, SHUNIN, GENERAL, ZAIMU, null);
        assertThat(targets(promotedWithin(12))).containsExactly("異動 三郎");
    }

    @Test
    void aTierHeldSinceTheFirstRecordIsNewOnlyWhenThatRecordIsTheHire() {
        people.hire("中途 採用", LocalDate.of(2026, 4, 1), SHUNIN, GENERAL, SOUMU);
        long old = people.hire("名簿 初回", LocalDate.of(2012, 4, 1), SHUNIN, GENERAL, SOUMU);
        // the first roster imported on 2025-10-01 does not say when the tier began
        people.assignments.removeIf(x -> x.staffId() == old);
        people.assign(old, LocalDate.of(2025, 10, 1), SHUNIN, GENERAL, SOUMU, null);
        assertThat(targets(promotedWithin(12))).containsExactly("中途 採用");
    }

    @Test
    void notYetCompletedLeavesOutWhoeverCompletedTheCourseBefore() {
        long done = people.hire("修了 済", LocalDate.of(2020, 4, 1), SHUJI, GENERAL, SOUMU);
        people.hire("未 修了", LocalDate.of(2020, 4, 1), SHUJI, GENERAL, SOUMU);
        TargetRule rule = rule(Set.of(SHUJI), Set.of(), null, null, null, 500L, true);
        assertThat(targets(rule, Set.of(done), APRIL)).containsExactly("未 修了");
    }

    @Test
    void activeOnlyMeansEmployedOnTheReferenceDateAndNotAwayTheWholeYear() {
        long leftBefore = people.hire("三月末 退職", LocalDate.of(2000, 4, 1), SHUJI, GENERAL, SOUMU);
        people.leave(leftBefore, APRIL.minusDays(1));
        long leftOn = people.hire("四月一日 退職", LocalDate.of(2000, 4, 1), SHUJI, GENERAL, SOUMU);
        people.leave(leftOn, APRIL);
        long allYear = people.hire("通年 休職", LocalDate.of(2000, 4, 1), SHUJI, GENERAL, SOUMU);
        people.away(allYear, AbsenceKind.LEAVE_OF_ABSENCE, LocalDate.of(2025, 10, 1), null);
        long backLastDay = people.hire("年度末 復職", LocalDate.of(2000, 4, 1), SHUJI, GENERAL, SOUMU);
        people.away(backLastDay, AbsenceKind.CHILDCARE_LEAVE, LocalDate.of(2025, 6, 1), YEAR_END.minusDays(1));
        long twoPeriods = people.hire("病休から休職", LocalDate.of(2000, 4, 1), SHUJI, GENERAL, SOUMU);
        people.away(twoPeriods, AbsenceKind.SICK_LEAVE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31));
        people.away(twoPeriods, AbsenceKind.LEAVE_OF_ABSENCE, LocalDate.of(2026, 9, 1), YEAR_END);
        people.hire("五月 採用", LocalDate.of(2026, 5, 1), SHUJI, GENERAL, SOUMU);
        TargetRule active = TargetRule.forTiers(Set.of(SHUJI));
        assertThat(targets(active)).containsExactly("四月一日 退職", "年度末 復職");
        TargetRule everyone = rule(Set.of(SHUJI), Set.of(), null, null, null, null, false);
        assertThat(targets(everyone)).containsExactly("四月一日 退職", "通年 休職", "年度末 復職", "病休から休職", "五月 採用");
    }

    @Test
    void everyConditionMustHold() {
        long match = people.hire("全部 該当", LocalDate.of(2019, 4, 1), SHUJI, GENERAL, SOUMU);
        people.assign(match, APRIL, SHUNIN, GENERAL, SOUMU, APRIL);
        long wrongJob = people.hire("職種 違い", LocalDate.of(2019, 4, 1), SHUJI, FIRE, SOUMU);
        people.assign(wrongJob, APRIL, SHUNIN, FIRE, SOUMU, APRIL);
        long tooSenior = people.hire("年数 違い", LocalDate.of(2010, 4, 1), SHUJI, GENERAL, SOUMU);
        people.assign(tooSenior, APRIL, SHUNIN, GENERAL, SOUMU, APRIL);
        long notNew = people.hire("新任 でない", LocalDate.of(2019, 4, 1), SHUJI, GENERAL, SOUMU);
        people.assign(notNew, LocalDate.of(2024, 4, 1), SHUNIN, GENERAL, SOUMU, LocalDate.of(2024, 4, 1));
        TargetRule rule = rule(Set.of(SHUNIN), Set.of(GENERAL), 5, 8, 12, null, true);
        assertThat(targets(rule)).containsExactly("全部 該当");
    }

    @Test
    void theReasonNamesEachConditionOfTheRule() {
        long a = people.hire("理由 確認", LocalDate.of(2020, 4, 1), SHUJI, GENERAL, SOUMU);
        people.assign(a, APRIL, SHUNIN, GENERAL, SOUMU, APRIL);
        StaffFacts facts = people.facts();
        var reasons = new Reasons(Map.of(SHUNIN, Tier.of("SHUNIN", "主任級", 2)),
                Map.of(GENERAL, JobCategory.of("GENERAL", "一般行政", 1)),
                Map.of(500L, Course.of("新規採用職員研修", 1)), EraDisplay.JAPANESE);
        var engine = new TargetEngine(facts, APRIL, YEAR_END);
        TargetRule rule = rule(Set.of(SHUNIN), Set.of(), 7 - 1, 7 - 1, 12, null, true);
        assertThat(reasons.of(rule, engine.match(rule, Set.of()).getFirst())).isEqualTo("主任級・採用7年目・R8.4.1 昇任（新任）");
        TargetRule more = rule(Set.of(), Set.of(GENERAL), null, null, null, 500L, true);
        assertThat(reasons.of(more, engine.match(more, Set.of()).getFirst())).isEqualTo("一般行政・新規採用職員研修 未修了");
        assertThat(reasons.of(TargetRule.none(), engine.match(TargetRule.none(), Set.of()).getFirst()))
                .isEqualTo("全職員");
    }
}
