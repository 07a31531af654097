package org.kenshu.service.reports;

import java.time.LocalDate;
import java.util.List;
import org.kenshu.io.report.ReportDocument;
import org.kenshu.io.report.ReportSheet;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.I18n;
import org.kenshu.model.Organisation;
import org.kenshu.model.Wareki;

/** What every report of one export shares: the city, its era setting, the fiscal year and today's date. */
record ReportContext(Organisation organisation, int fiscalYear, LocalDate today) {

    EraDisplay era() {
        return organisation.eraDisplay();
    }

    FiscalYear fy() {
        return new FiscalYear(fiscalYear, organisation.fiscalYearStartMonth());
    }

    /** 「令和8年度」 (or 2026年度). */
    String yearLabel() {
        return Wareki.fiscalYear(fiscalYear, era());
    }

    String yearLabel(int year) {
        return Wareki.fiscalYear(year, era());
    }

    /** 「令和8年5月12日」. */
    String longDate(LocalDate date) {
        return Wareki.longDate(date, era());
    }

    /** A report with the city in the page header, the fiscal year, page x / y and the date in the footer. */
    ReportDocument document(String title, List<ReportSheet> sheets) {
        return new ReportDocument(title, organisation.name(), yearLabel(), I18n.t("report.page"),
                I18n.t("report.printed", longDate(today)), sheets);
    }

    String noData() {
        return I18n.t("report.noData");
    }
}
