package org.kenshu.service.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kenshu.io.report.PageImages;
import org.kenshu.io.report.ReportDocument;
import org.kenshu.io.report.XlsxReportWriter;
import org.kenshu.model.I18n;
import org.kenshu.model.Organisation;
import org.kenshu.model.Progress;
import org.kenshu.model.GoalKind;
import org.kenshu.service.GoalEntry;
import org.kenshu.service.GoalService;
import org.kenshu.service.ReportKind;
import org.kenshu.service.TargetCounter;
import org.kenshu.service.goals.GapPerson;
import org.kenshu.service.goals.GoalResult;
import org.kenshu.service.reports.print.PrintPreview;
import org.kenshu.store.ReportQueries;
import org.kenshu.store.Repositories;

/**
 * Writes the 帳票 as Excel workbooks and lays out the printable ones for the print preview. The data of
 * each report is read here (service), the workbook written by {@code io.report}; exports of personal
 * data (sign-in sheets, transcripts, attendance by person) go to the audit log.
 */
public final class ExportService {
    private static final Set<ReportKind> PERSONAL = EnumSet.of(ReportKind.SIGNIN, ReportKind.TRANSCRIPT,
            ReportKind.ATTENDANCE, ReportKind.MISSING);
    private static final Set<ReportKind> PRINTABLE = EnumSet.of(ReportKind.PLAN, ReportKind.SIGNIN);
    private final Repositories repos;
    private final Clock clock;
    private final ReportDocuments documents;
    private final GoalService goals;

    /**
     * @param targetCounts how many staff each course is for, per tier (階層別研修体系表): the counter the
     *                     年度計画's curriculum tab uses, so the report and the screen agree
     */
    public ExportService(Repositories repos, ReportQueries queries, Clock clock, TargetCounter targetCounts,
            GoalService goals) {
        this.repos = repos;
        this.clock = clock;
        this.documents = new ReportDocuments(repos, queries, targetCounts, goals);
        this.goals = goals;
    }

    /** The year's goals a 未受講者一覧 can be made for (受講率 and 到達率: those that count people), in register order. */
    public List<GoalEntry> missingListGoals(int fiscalYear) {
        return goals.goals(fiscalYear).stream()
                .filter(e -> e.goal().kind() == GoalKind.UPTAKE || e.goal().kind() == GoalKind.COVERAGE).toList();
    }

    /** Whether the report can also be printed from the window (print preview). */
    public boolean printable(ReportKind kind) {
        return PRINTABLE.contains(kind);
    }

    /** Writes the report to {@code file}; nothing appears under that name unless the whole file was written. */
    public ExportResult export(ReportRequest request, Path file, Progress progress) {
        XlsxReportWriter.prepare();
        return write(document(request, progress), request, file, progress);
    }

    /**
     * 未受講者一覧 of the gap the Goals page shows ({@code gap}, from the goals engine for {@code result}):
     * written as {@code kenshu export missing} writes it, without counting again.
     */
    public ExportResult exportMissing(GoalResult result, List<GapPerson> gap, Path file) {
        XlsxReportWriter.prepare();
        ReportRequest request = ReportRequest.of(ReportKind.MISSING, result.fiscalYear())
                .withGoal(result.goal().code());
        return write(documents.missing(context(result.fiscalYear()), result, gap), request, file, Progress.NONE);
    }

    private ExportResult write(ReportDocument doc, ReportRequest request, Path file, Progress progress) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ReportException(I18n.t("report.error.noFolder", folder));
        }
        try {
            var result = XlsxReportWriter.write(doc, file, progress);
            if (PERSONAL.contains(request.kind())) {
                repos.audit.record("EXPORT", "report", request.sessionId(), auditSummary(request, file));
            }
            return new ExportResult(file, result.sheets(), result.rows());
        } catch (AccessDeniedException | NoSuchFileException e) {
            throw new ReportException(I18n.t("report.error.cannotWrite", file.getFileName()));
        } catch (FileSystemException e) {
            // Windows: the file is open in Excel.
            throw new ReportException(I18n.t("report.error.inUse", file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The printed pages of the annual plan or a sign-in sheet, laid out as Excel prints them. */
    public PrintPreview preview(ReportRequest request) {
        if (!printable(request.kind())) {
            throw new IllegalArgumentException("no print preview for " + request.kind());
        }
        ReportDocument doc = document(request, Progress.NONE);
        return PrintPreview.of(doc.title(), PageImages.of(doc));
    }

    /** 「令和8年度_年度研修計画表.xlsx」: the file name the save dialog suggests. */
    public String suggestedFileName(ReportRequest request) {
        return FileNames.suggested(context(request.fiscalYear()), request, repos);
    }

    /** The sessions of a year a sign-in sheet can be made for, in date order. */
    public List<SignInChoice> signInSessions(int fiscalYear) {
        return SignInData.choices(repos, fiscalYear);
    }

    /** Full names of today's departments (「総務部 人事課」), in the organisation's order: transcript choices. */
    public List<String> departmentNames() {
        LocalDate today = LocalDate.now(clock);
        var names = new org.kenshu.service.DepartmentNames(repos.departments.findAll());
        return repos.departments.findAll().stream().filter(d -> d.isActiveOn(today)).map(d -> names.fullName(d.id()))
                .sorted().toList();
    }

    ReportDocument document(ReportRequest request, Progress progress) {
        return documents.of(request, context(request.fiscalYear()), progress);
    }

    private ReportContext context(int fiscalYear) {
        return new ReportContext(repos.organisation.find().orElse(Organisation.unnamed()), fiscalYear,
                LocalDate.now(clock));
    }

    private static String auditSummary(ReportRequest r, Path file) {
        String subject = r.sessionId() != null ? "session " + r.sessionId()
                : r.staffNo() != null ? "staff " + r.staffNo()
                : r.department() != null ? "department " + r.department()
                : r.goalCode() != null ? "goal " + r.goalCode() + " fy " + r.fiscalYear() : "fy " + r.fiscalYear();
        return r.kind().cliName() + " " + subject + " → " + file.getFileName();
    }
}
