package org.kenshu.service.plan.checks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Course;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.Enrollment;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.Organisation;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Staff;
import org.kenshu.service.OrganisationService;
import org.kenshu.service.calendar.HolidayService;
import org.kenshu.service.calendar.YearEndClosure;
import org.kenshu.service.imports.Text;
import org.kenshu.store.Repositories;

/**
 * The plan checks of a fiscal year (週末・祝日・年末年始, venue, instructor and person clashes, capacity,
 * applications after the deadline), as warnings in date order. Checks never change anything.
 */
public final class PlanCheckService {
    private static final List<PlanCheck> CHECKS = List.of(new CalendarCheck(), new ClashChecks(),
            new PersonClashCheck(), new SizeChecks());
    private final Repositories repos;
    private final HolidayService holidays;
    private final OrganisationService organisation;
    private final Clock clock;

    public PlanCheckService(Repositories repos, HolidayService holidays, OrganisationService organisation,
            Clock clock) {
        this.repos = repos;
        this.holidays = holidays;
        this.organisation = organisation;
        this.clock = clock;
    }

    public List<PlanWarning> check(int fiscalYear) {
        Optional<AnnualPlan> plan = repos.plans.findByFiscalYear(fiscalYear);
        if (plan.isEmpty()) {
            return List.of();
        }
        List<PlanWarning> out = new ArrayList<>();
        PlanSnapshot snapshot = snapshot(plan.get(), fiscalYear);
        CHECKS.forEach(c -> c.run(snapshot, out));
        out.sort(Comparator.comparing(PlanWarning::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PlanWarning::course).thenComparing(PlanWarning::sessionNo)
                .thenComparing(PlanWarning::kind));
        return out;
    }

    private PlanSnapshot snapshot(AnnualPlan plan, int fiscalYear) {
        Organisation org = organisation.organisation();
        Map<Long, Course> courses = repos.courses.findAll().stream().collect(Collectors.toMap(Course::id, c -> c));
        Map<Long, Staff> staff = repos.staff.findAll().stream().collect(Collectors.toMap(Staff::id, s -> s));
        List<Session> sessions = repos.sessions.findByPlan(plan.id());
        var ids = sessions.stream().map(Session::id).collect(Collectors.toSet());
        Map<Long, List<SessionDay>> days = repos.sessionDays.findAll().stream()
                .filter(d -> ids.contains(d.sessionId()))
                .collect(Collectors.groupingBy(SessionDay::sessionId));
        List<CheckedSession> checked = sessions.stream().map(s -> {
            Course c = courses.get(s.courseId());
            boolean period = s.periodEnd() != null || c.format() == DeliveryFormat.E_LEARNING;
            String instructor = s.instructorStaffId() != null && staff.containsKey(s.instructorStaffId())
                    ? staff.get(s.instructorStaffId()).name() : s.instructorName();
            String instructorKey = s.instructorStaffId() != null ? "#" + s.instructorStaffId()
                    : Text.isBlank(s.instructorName()) ? null : Text.key(s.instructorName());
            return new CheckedSession(s, c.name(), days.getOrDefault(s.id(), List.of()), period,
                    Text.isBlank(s.venue()) ? null : Text.key(s.venue()), instructorKey, instructor);
        }).toList();
        Map<Long, List<Enrollment>> enrollments = repos.enrollments.findByFiscalYear(fiscalYear).stream()
                .filter(e -> e.sessionId() != null && ids.contains(e.sessionId()))
                .collect(Collectors.groupingBy(Enrollment::sessionId));
        Map<Long, String> names = staff.values().stream().collect(Collectors.toMap(Staff::id, Staff::name));
        FiscalYear fy = FiscalYear.of(fiscalYear);
        return new PlanSnapshot(checked, enrollments, names, holidays.between(fy.start(), fy.end()),
                YearEndClosure.of(org), org.minimumSessionSize(), LocalDate.now(clock), org.eraDisplay());
    }
}
