package org.kenshu.service.targets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.Enrollment;
import org.kenshu.model.Progress;
import org.kenshu.service.targets.SessionAssigner.Candidate;

/**
 * Targets and session assignment for the whole plan in one read of the database: what nominating every
 * target and assigning every course would give. Targets not enrolled yet join the course's waiting and
 * unassigned people after them. The benchmark measures this call.
 */
public final class YearPlanner {
    private final TargetService targets;
    private final Clock clock;

    public YearPlanner(TargetService targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
    }

    public YearProposal propose(int fiscalYear, LocalDate reference, AssignStrategy strategy, Progress progress) {
        YearData d = targets.load(fiscalYear);
        TargetList list = targets.generate(d, null, reference == null ? d.defaultReference() : reference, progress);
        var assigner = new SessionAssigner(new Availability(d.facts, d.organisation.eraDisplay()),
                LocalDate.now(clock));
        Map<Long, List<Enrollment>> byCourse = new HashMap<>();
        d.enrollments.forEach(e -> byCourse.computeIfAbsent(e.courseId(), k -> new ArrayList<>()).add(e));
        Map<Long, List<Placement>> placements = new HashMap<>();
        for (CourseTargets c : list.courses()) {
            progress.checkCancelled();
            List<SessionSlot> sessions = d.sessionsOf(c.courseId());
            Candidates existing = new Candidates(d, sessions, byCourse.getOrDefault(c.courseId(), List.of()), null);
            List<Candidate> toPlace = new ArrayList<>(existing.toPlace);
            for (Target t : c.notYetEnrolled()) {
                int i = d.facts.indexOf(t.staffId());
                toPlace.add(new Candidate(0, 0, t.staffId(), i, t.departmentId()));
            }
            placements.put(c.courseId(), assigner.assign(sessions, existing.seated, toPlace, strategy));
        }
        return new YearProposal(list, placements);
    }
}
