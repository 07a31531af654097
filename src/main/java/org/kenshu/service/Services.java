package org.kenshu.service;

import java.time.Clock;
import org.kenshu.io.sheet.SpreadsheetReader;
import org.kenshu.service.imports.ImportService;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/** Every use case over one open database: what the window and the CLI are given. */
public final class Services {
    public final OrganisationService organisation;
    public final SetupService setup;
    public final PresetService presets;
    public final RosterService roster;
    public final CompetencyService competencies;
    public final CatalogService catalog;
    public final PlanService plans;
    public final AttendanceService attendance;
    public final GoalService goals;
    public final ReportService reports;
    public final org.kenshu.service.reports.ExportService exports;
    public final InfoService info;
    public final ImportService imports;
    public final SampleDataService sample;

    public Services(Database db, SpreadsheetReader reader, Clock clock, String osUser) {
        Repositories repos = new Repositories(db.dsl(), clock, osUser);
        organisation = new OrganisationService(db, repos, clock);
        setup = new SetupService(db, repos);
        presets = new PresetService(setup);
        roster = new RosterService(repos);
        competencies = new CompetencyService(repos);
        catalog = new CatalogService(repos);
        plans = new PlanService(repos);
        attendance = new AttendanceService(repos, plans, clock);
        goals = new GoalService(repos);
        reports = new ReportService(repos, plans, goals);
        exports = new org.kenshu.service.reports.ExportService(repos, new org.kenshu.store.ReportQueries(db.dsl()),
                clock, new org.kenshu.service.reports.TierTargetCounts(repos));
        info = new InfoService(db, repos);
        imports = new ImportService(db, repos, reader, clock, osUser);
        sample = new SampleDataService(db, setup, imports);
    }
}
