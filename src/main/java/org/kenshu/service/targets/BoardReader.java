package org.kenshu.service.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.Course;
import org.kenshu.model.Enrollment;
import org.kenshu.model.Staff;

/** Builds the {@link CourseBoard} of one course from a year's data. */
final class BoardReader {
    private BoardReader() {
    }

    static CourseBoard read(YearData d, Course course) {
        List<SessionSlot> slots = d.sessionsOf(course.id());
        Map<Long, List<Member>> bySession = new LinkedHashMap<>();
        slots.forEach(s -> bySession.put(s.id(), new ArrayList<>()));
        List<Member> waiting = new ArrayList<>();
        List<Member> unassigned = new ArrayList<>();
        List<Member> excused = new ArrayList<>();
        List<Enrollment> enrollments = d.enrollments.stream().filter(e -> e.courseId() == course.id())
                .sorted(Comparator.comparing(Enrollment::appliedOn,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(e -> d.facts.indexOf(e.staffId())))
                .toList();
        for (Enrollment e : enrollments) {
            int i = d.facts.indexOf(e.staffId());
            if (i < 0) {
                continue;
            }
            Member m = member(d, e, i);
            switch (e.status()) {
                case ENROLLED -> (e.sessionId() != null && bySession.containsKey(e.sessionId())
                        ? bySession.get(e.sessionId()) : unassigned).add(m);
                case WAITLISTED -> waiting.add(m);
                case EXEMPT, DECLINED, CANCELLED -> excused.add(m);
            }
        }
        waiting.sort(Comparator.comparing(Member::appliedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Member::enrollmentId));
        List<SessionColumn> columns = slots.stream().map(s -> new SessionColumn(s.id(), s.session().sessionNo(),
                s.days(), s.session().periodEnd(), s.capacity(), s.cancelled(), bySession.get(s.id()))).toList();
        return new CourseBoard(d.fiscalYear.year(), course.id(), course.name(), course.mode(), columns, waiting,
                unassigned, excused);
    }

    private static Member member(YearData d, Enrollment e, int index) {
        Staff s = d.facts.staff(index);
        Long dept = Candidates.department(d.facts, index, d.fiscalYear.start());
        return new Member(e.id(), e.version(), s.id(), s.employeeNo(), s.name(), d.departments.fullName(dept), e.kind(),
                e.status(), e.statusReason(), e.appliedOn(), e.sessionId());
    }
}
