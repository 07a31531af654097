package org.kenshu.service;

import java.time.Clock;
import org.kenshu.io.sheet.SpreadsheetReader;
import org.kenshu.service.calendar.HolidayService;
import org.kenshu.service.catalog.CourseEditService;
import org.kenshu.service.catalog.CourseTypeService;
import org.kenshu.service.catalog.ProviderService;
import org.kenshu.service.goals.GoalRegister;
import org.kenshu.service.goals.MissingListExporter;
import org.kenshu.service.goals.Renomination;
import org.kenshu.service.imports.ImportService;
import org.kenshu.service.plan.AnnualPlanService;
import org.kenshu.service.plan.CurriculumService;
import org.kenshu.service.plan.SessionCancelService;
import org.kenshu.service.plan.SessionEditService;
import org.kenshu.service.plan.YearCopyService;
import org.kenshu.service.plan.checks.PlanCheckService;
import org.kenshu.service.targets.AssignmentService;
import org.kenshu.service.targets.TargetService;
import org.kenshu.service.targets.YearPlanner;
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
    public final CourseEditService courses;
    public final CourseTypeService courseTypes;
    public final ProviderService providers;
    public final HolidayService holidays;
    public final AnnualPlanService annualPlans;
    public final SessionEditService sessions;
    public final SessionCancelService cancellations;
    public final PlanCheckService planChecks;
    public final YearCopyService yearCopy;
    public final CurriculumService curriculum;
    public final PlanService plans;
    public final AttendanceService attendance;
    public final GoalService goals;
    public final GoalRegister goalRegister;
    public final Renomination renomination;
    public final DesignationService designations;
    public final TrainingReportService trainingReports;
    public final FeedbackService feedback;
    public final InitiativeService initiatives;
    public final InitiativeEditService initiativeEdits;
    /** 未受講者一覧 writer for the goals page's 「一覧を書き出す」: the 帳票 report of the same name. */
    public final MissingListExporter missingList;
    public final ReportService reports;
    public final org.kenshu.service.reports.ExportService exports;
    public final InfoService info;
    public final ImportService imports;
    public final SampleDataService sample;
    public final TargetService targets;
    public final AssignmentService assignments;
    public final YearPlanner yearPlanner;
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
        providers = new ProviderService(db, repos);
        catalog = new CatalogService(repos, providers);
        courses = new CourseEditService(db, repos);
        courseTypes = new CourseTypeService(db, repos);
        holidays = new HolidayService(db, repos);
        plans = new PlanService(repos);
        annualPlans = new AnnualPlanService(db, repos);
        sessions = new SessionEditService(db, repos, annualPlans);
        cancellations = new SessionCancelService(db, repos, sessions);
        planChecks = new PlanCheckService(repos, holidays, organisation, clock);
        yearCopy = new YearCopyService(db, repos, annualPlans, planChecks);
        targets = new TargetService(db, repos);
        // The tier curriculum (年度計画 tab and 帳票) counts targets with the full rule, as the nominations pane does.
        TargetCounter targetCounter = new org.kenshu.service.targets.RuleTargetCounter(targets);
        curriculum = new CurriculumService(repos, targetCounter);
        attendance = new AttendanceService(repos, plans, clock);
        goals = new GoalService(repos, clock);
        goalRegister = new GoalRegister(db, repos);
        renomination = new Renomination(db, repos, clock);
        designations = new DesignationService(db, repos, clock);
        trainingReports = new TrainingReportService(db, repos, plans, clock);
        feedback = new FeedbackService(db, repos, plans, reader);
        initiatives = new InitiativeService(db, repos);
        initiativeEdits = new InitiativeEditService(db, repos);
        reports = new ReportService(repos, plans, goals);
        exports = new org.kenshu.service.reports.ExportService(repos, new org.kenshu.store.ReportQueries(db.dsl()),
                clock, targetCounter, goals);
        missingList = new org.kenshu.service.reports.MissingListFile(exports);
        info = new InfoService(db, repos);
        imports = new ImportService(db, repos, reader, clock, osUser);
        sample = new SampleDataService(db, setup, imports);
        assignments = new AssignmentService(db, repos, clock);
        yearPlanner = new YearPlanner(targets, clock);
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
