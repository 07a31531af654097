package org.kenshu.service.reports;

import java.util.regex.Pattern;
import org.kenshu.model.I18n;
import org.kenshu.service.ReportKind;
import org.kenshu.store.Repositories;

/** The file name a save dialog suggests: 「令和8年度_年度研修計画表.xlsx」, 「令和8年度_出席簿_新任係長研修_第1回.xlsx」. */
final class FileNames {
    /** Characters Windows does not allow in a file name, and spaces (a name is easier to type without). */
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\s\u3000]+");

    private FileNames() {
    }

    static String suggested(ReportContext ctx, ReportRequest r, Repositories repos) {
        String name = ctx.yearLabel() + "_" + I18n.label(r.kind());
        if (r.kind() == ReportKind.SIGNIN && r.sessionId() != null) {
            var session = repos.sessions.find(r.sessionId());
            if (session.isPresent()) {
                String course = repos.courses.find(session.get().courseId()).map(c -> c.name()).orElse("");
                name = ctx.yearLabel() + "_" + I18n.t("report.signin.fileWord") + "_" + course + "_"
                        + I18n.t("session.number", session.get().sessionNo());
            }
        } else if (r.kind() == ReportKind.MISSING && r.goalCode() != null) {
            name = name + "_" + repos.goals.findByCode(r.goalCode()).map(g -> g.name()).orElse(r.goalCode());
        } else if (r.kind() == ReportKind.TRANSCRIPT) {
            String who = r.staffNo() != null && !r.staffNo().isBlank() ? r.staffNo() : r.department();
            name = who == null ? name : name + "_" + who;
        }
        return safe(name) + ".xlsx";
    }

    static String safe(String name) {
        String s = UNSAFE.matcher(name).replaceAll("_");
        return s.length() > 120 ? s.substring(0, 120) : s;
    }
}
