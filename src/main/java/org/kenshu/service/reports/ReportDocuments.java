package org.kenshu.service.reports;

import org.kenshu.io.report.ReportDocument;
import java.util.List;
import org.kenshu.model.Progress;
import org.kenshu.service.GoalService;
import org.kenshu.service.TargetCounter;
import org.kenshu.service.goals.GapPerson;
import org.kenshu.service.goals.GoalResult;
import org.kenshu.store.ReportQueries;
import org.kenshu.store.Repositories;

/** Reads each report's data and turns it into its sheets. */
final class ReportDocuments {
    private final Repositories repos;
    private final ReportQueries queries;
    private final TargetCounter targetCounts;
    private final GoalService goals;

    ReportDocuments(Repositories repos, ReportQueries queries, TargetCounter targetCounts, GoalService goals) {
        this.repos = repos;
        this.queries = queries;
        this.targetCounts = targetCounts;
        this.goals = goals;
    }

    ReportDocument of(ReportRequest r, ReportContext ctx, Progress progress) {
        return switch (r.kind()) {
            case PLAN -> PlanSheets.document(ctx, PlanReportData.read(repos, r.fiscalYear()));
            case SIGNIN -> SignInSheets.document(ctx, SignInData.read(repos, ctx, r.sessionId()));
            case ATTENDANCE -> AttendanceSheets.document(ctx, AttendanceData.read(repos, queries, ctx, progress));
            case TRANSCRIPT -> TranscriptSheets.document(ctx, TranscriptData.read(repos, ctx, r));
            case INITIATIVES -> InitiativeSheets.document(ctx, InitiativeData.read(repos, ctx, r));
            case BUDGET -> BudgetSheets.document(ctx, BudgetData.read(repos, queries, ctx));
            case CURRICULUM -> CurriculumSheets.document(ctx, CurriculumData.read(repos, ctx, targetCounts));
            case GOALS -> GoalsSheets.document(ctx, GoalsData.read(goals, ctx));
            case MISSING -> MissingSheets.document(ctx, MissingData.read(repos, goals, ctx, r.goalCode()));
        };
    }

    /** 未受講者一覧 of a gap already listed (what the Goals page shows), without counting again. */
    ReportDocument missing(ReportContext ctx, GoalResult result, List<GapPerson> gap) {
        return MissingSheets.document(ctx, MissingData.of(repos, goals, result, gap));
    }
}
