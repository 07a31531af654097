package org.kenshu.service.targets;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.store.BulkReads;
import org.kenshu.store.Repositories;

/** 繰り上げ: a seat freed in a session goes to the first on the course's waiting list who can attend it. */
final class Waitlist {
    private Waitlist() {
    }

    /** Call inside the transaction that freed the seat of {@code freed}; adds the promotion to {@code changes}. */
    static void promoteInto(Repositories repos, BulkReads bulk, Enrollment freed, LocalDate today,
            List<EnrollmentChanges.Change> changes) {
        YearData d = YearData.load(repos, bulk, freed.fiscalYear());
        SessionSlot slot = d.sessionsOf(freed.courseId()).stream().filter(s -> s.id() == freed.sessionId())
                .findFirst().orElse(null);
        if (slot == null || !slot.isOpenOn(today)) {
            return;
        }
        List<Enrollment> ofCourse = d.enrollments.stream().filter(e -> e.courseId() == freed.courseId()).toList();
        long seated = ofCourse.stream().filter(e -> e.status() == EnrollmentStatus.ENROLLED
                && freed.sessionId().equals(e.sessionId())).count();
        if (slot.capacity() != null && seated >= slot.capacity()) {
            return;
        }
        var availability = new Availability(d.facts, d.organisation.eraDisplay());
        ofCourse.stream().filter(e -> e.status() == EnrollmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(Enrollment::appliedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Enrollment::id))
                .filter(e -> {
                    int i = d.facts.indexOf(e.staffId());
                    return i >= 0 && availability.check(i, slot).kind() == Availability.Kind.AVAILABLE;
                })
                .findFirst()
                .ifPresent(w -> changes.add(new EnrollmentChanges.Change(w, repos.enrollments.update(
                        AssignmentService.with(w, freed.sessionId(), EnrollmentStatus.ENROLLED, null)).version())));
    }
}
