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
    public final InfoService info;
    public final ImportService imports;
    public final SampleDataService sample;
    // Edits of the organisation and competency model (職員・組織, 能力体系).
    public final DepartmentService departments;
    public final TierService tiers;
    public final JobCategoryService jobCategories;
    public final StaffService staff;
    public final StaffStatusService staffStatus;
    public final StaffRecords staffRecords;
    public final CompetencyModelService competencyModel;
    public final MatrixService matrix;
    public final SkillMapService skillMaps;

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
        info = new InfoService(db, repos);
        imports = new ImportService(db, repos, reader, clock, osUser);
        sample = new SampleDataService(db, setup, imports);
        departments = new DepartmentService(db, repos);
        tiers = new TierService(db, repos, clock);
        jobCategories = new JobCategoryService(db, repos, clock);
        staff = new StaffService(db, repos);
        staffStatus = new StaffStatusService(db, repos);
        staffRecords = new StaffRecords(repos);
        competencyModel = new CompetencyModelService(db, repos);
        matrix = new MatrixService(db, repos);
        skillMaps = new SkillMapService(db, repos);
    }
}
