package org.kenshu.service;

import java.util.ArrayList;
import java.util.List;
import org.kenshu.model.I18n;
import org.kenshu.store.Repositories;

/** The reports and the data behind each for a fiscal year. */
public final class ReportService {
    private final Repositories repos;
    private final PlanService plans;
    private final GoalService goals;

    public ReportService(Repositories repos, PlanService plans, GoalService goals) {
        this.repos = repos;
        this.plans = plans;
        this.goals = goals;
    }

    public List<ReportOverview> overview(int fiscalYear) {
        List<SessionEntry> sessions = plans.sessions(fiscalYear);
        long courses = sessions.stream().map(SessionEntry::courseId).distinct().count();
        int enrolled = sessions.stream().mapToInt(SessionEntry::enrolled).sum();
        List<GoalEntry> yearGoals = goals.goals(fiscalYear);
        int goalCount = yearGoals.size();
        long rateGoals = yearGoals.stream().filter(g -> g.goal().kind() == org.kenshu.model.GoalKind.UPTAKE
                || g.goal().kind() == org.kenshu.model.GoalKind.COVERAGE).count();
        int staff = repos.staff.count();
        int initiatives = repos.initiatives.count();
        List<ReportOverview> result = new ArrayList<>();
        for (ReportKind kind : ReportKind.values()) {
            result.add(switch (kind) {
                case PLAN, CURRICULUM, BUDGET -> of(kind, I18n.t("reports.data.plan", courses, sessions.size()),
                        !sessions.isEmpty());
                case SIGNIN, ATTENDANCE -> of(kind, I18n.t("reports.data.enrolled", sessions.size(), enrolled),
                        enrolled > 0);
                case GOALS -> of(kind, I18n.t("reports.data.goals", goalCount), goalCount > 0);
                case MISSING -> of(kind, I18n.t("reports.data.rateGoals", rateGoals), rateGoals > 0);
                case TRANSCRIPT -> of(kind, I18n.t("reports.data.staff", staff), staff > 0);
                case INITIATIVES -> of(kind, I18n.t("reports.data.initiatives", initiatives), initiatives > 0);
            });
        }
        return result;
    }

    private static ReportOverview of(ReportKind kind, String summary, boolean hasData) {
        return new ReportOverview(kind, summary, hasData);
    }
}
