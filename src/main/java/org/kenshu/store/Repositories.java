package org.kenshu.store;

import java.time.Clock;
import org.jooq.DSLContext;

/** Every repository over one open database; services take what they need from here. */
public final class Repositories {
    public final OrganisationRepository organisation;
    public final DepartmentRepository departments;
    public final TierRepository tiers;
    public final TierAliasRepository tierAliases;
    public final JobCategoryRepository jobCategories;
    public final StaffRepository staff;
    public final AssignmentRepository assignments;
    public final StaffAbsenceRepository absences;
    public final CompetencyCategoryRepository competencyCategories;
    public final CompetencyRepository competencies;
    public final TierCompetencyRepository tierCompetencies;
    public final SkillItemRepository skillItems;
    public final CourseTypeRepository courseTypes;
    public final ProviderRepository providers;
    public final CourseRepository courses;
    public final CourseAliasRepository courseAliases;
    public final AnnualPlanRepository plans;
    public final SessionRepository sessions;
    public final SessionDayRepository sessionDays;
    public final EnrollmentRepository enrollments;
    public final AttendanceRepository attendance;
    public final ImportBatchRepository importBatches;
    public final ImportChangeRepository importChanges;
    public final TrainingReportRepository trainingReports;
    public final SessionFeedbackRepository feedback;
    public final DesignationRoleRepository designationRoles;
    public final DesignationRepository designations;
    public final PillarRepository pillars;
    public final DirectionRepository directions;
    public final InitiativeRepository initiatives;
    public final InitiativeYearRepository initiativeYears;
    public final GoalRepository goals;
    public final GoalYearRepository goalYears;
    public final GoalFacts goalFacts;
    public final GoalPeople goalPeople;
    public final HolidayRepository holidays;
    public final AuditLog audit;
    public final TableCounts counts;
    public final UsageCounts usage;

    public Repositories(DSLContext dsl, Clock clock, String osUser) {
        organisation = new OrganisationRepository(dsl);
        departments = new DepartmentRepository(dsl);
        tiers = new TierRepository(dsl);
        tierAliases = new TierAliasRepository(dsl);
        jobCategories = new JobCategoryRepository(dsl);
        staff = new StaffRepository(dsl);
        assignments = new AssignmentRepository(dsl);
        absences = new StaffAbsenceRepository(dsl);
        competencyCategories = new CompetencyCategoryRepository(dsl);
        competencies = new CompetencyRepository(dsl);
        tierCompetencies = new TierCompetencyRepository(dsl);
        skillItems = new SkillItemRepository(dsl);
        courseTypes = new CourseTypeRepository(dsl);
        providers = new ProviderRepository(dsl);
        courses = new CourseRepository(dsl);
        courseAliases = new CourseAliasRepository(dsl);
        plans = new AnnualPlanRepository(dsl);
        sessions = new SessionRepository(dsl);
        sessionDays = new SessionDayRepository(dsl);
        enrollments = new EnrollmentRepository(dsl);
        attendance = new AttendanceRepository(dsl);
        importBatches = new ImportBatchRepository(dsl);
        importChanges = new ImportChangeRepository(dsl);
        trainingReports = new TrainingReportRepository(dsl);
        feedback = new SessionFeedbackRepository(dsl);
        designationRoles = new DesignationRoleRepository(dsl);
        designations = new DesignationRepository(dsl);
        pillars = new PillarRepository(dsl);
        directions = new DirectionRepository(dsl);
        initiatives = new InitiativeRepository(dsl);
        initiativeYears = new InitiativeYearRepository(dsl);
        goals = new GoalRepository(dsl);
        goalYears = new GoalYearRepository(dsl);
        goalFacts = new GoalFacts(dsl);
        goalPeople = new GoalPeople(dsl, goalFacts);
        holidays = new HolidayRepository(dsl);
        audit = new AuditLog(dsl, clock, osUser);
        counts = new TableCounts(dsl);
        usage = new UsageCounts(dsl);
    }
}
