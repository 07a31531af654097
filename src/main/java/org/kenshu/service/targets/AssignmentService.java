package org.kenshu.service.targets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.StaleEditException;
import org.kenshu.store.BulkReads;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * 回への割り振り: the board of a course's enrollments, proposals that place people in sessions within
 * capacity, and writing them, moving one person, or recording a decline (which gives the freed seat to
 * the first on the waiting list who can attend). Every write is one transaction with an audit entry and
 * returns what undo needs.
 */
public final class AssignmentService {
    private final Database db;
    private final Repositories repos;
    private final Clock clock;
    private final BulkReads bulk;

    public AssignmentService(Database db, Repositories repos, Clock clock) {
        this.db = db;
        this.repos = repos;
        this.clock = clock;
        this.bulk = new BulkReads(db);
    }

    public CourseBoard board(int fiscalYear, long courseId) {
        YearData d = YearData.load(repos, bulk, fiscalYear);
        return d.course(courseId).map(c -> BoardReader.read(d, c)).orElse(CourseBoard.empty(fiscalYear));
    }

    /** Places the course's waiting and unassigned people; {@code manualOrder} (enrollment ids) goes first. */
    public Proposal propose(int fiscalYear, long courseId, AssignStrategy strategy, List<Long> manualOrder) {
        YearData d = YearData.load(repos, bulk, fiscalYear);
        List<SessionSlot> sessions = d.sessionsOf(courseId);
        List<Enrollment> ofCourse = d.enrollments.stream().filter(e -> e.courseId() == courseId).toList();
        Candidates c = new Candidates(d, sessions, ofCourse, manualOrder);
        var assigner = new SessionAssigner(new Availability(d.facts, d.organisation.eraDisplay()),
                LocalDate.now(clock));
        return new Proposal(fiscalYear, courseId, strategy, assigner.assign(sessions, c.seated, c.toPlace, strategy));
    }

    /** Writes a proposal: only placements that change something; fails whole when one was edited meanwhile. */
    public EnrollmentChanges assign(Proposal proposal, String label) {
        return db.inTransaction(() -> {
            Map<Long, Enrollment> current = new HashMap<>();
            repos.enrollments.findByCourse(proposal.courseId(), proposal.fiscalYear())
                    .forEach(e -> current.put(e.id(), e));
            List<EnrollmentChanges.Change> changes = new ArrayList<>();
            for (Placement p : proposal.placements()) {
                Enrollment e = current.get(p.enrollmentId());
                if (e == null || e.version() != p.version()) {
                    throw new StaleEditException("enrollment", p.enrollmentId(), e);
                }
                Enrollment wanted = with(e, p.sessionId(), p.status(), p.reason());
                if (!wanted.equals(e)) {
                    changes.add(new EnrollmentChanges.Change(e, repos.enrollments.update(wanted).version()));
                }
            }
            repos.audit.record("ASSIGN", "enrollment", null, "FY" + proposal.fiscalYear() + " course "
                    + proposal.courseId() + " " + proposal.strategy() + " changed " + changes.size());
            return new EnrollmentChanges(label, changes);
        });
    }

    /** Moves one person to {@code sessionId}, or to the waiting list when null (capacity is the caller's question). */
    public EnrollmentChanges move(long enrollmentId, int version, Long sessionId, String label) {
        return db.inTransaction(() -> {
            Enrollment e = current(enrollmentId, version);
            EnrollmentStatus status = sessionId == null ? EnrollmentStatus.WAITLISTED : EnrollmentStatus.ENROLLED;
            var change = new EnrollmentChanges.Change(e, repos.enrollments.update(with(e, sessionId, status, null))
                    .version());
            repos.audit.record("MOVE", "enrollment", enrollmentId, "session " + sessionId);
            return new EnrollmentChanges(label, List.of(change));
        });
    }

    /**
     * Records that a person declined (辞退); their seat goes to the first on the course's waiting list who
     * can attend that session.
     */
    public EnrollmentChanges decline(long enrollmentId, int version, String reason, String label) {
        return db.inTransaction(() -> {
            Enrollment e = current(enrollmentId, version);
            List<EnrollmentChanges.Change> changes = new ArrayList<>();
            changes.add(new EnrollmentChanges.Change(e, repos.enrollments.update(
                    with(e, null, EnrollmentStatus.DECLINED, reason)).version()));
            if (e.status() == EnrollmentStatus.ENROLLED && e.sessionId() != null) {
                Waitlist.promoteInto(repos, bulk, e, LocalDate.now(clock), changes);
            }
            repos.audit.record("DECLINE", "enrollment", enrollmentId, "promoted " + (changes.size() - 1));
            return new EnrollmentChanges(label, changes);
        });
    }

    /** Undo: puts every changed enrollment back, refused (nothing written) when any was changed again since. */
    public void restore(EnrollmentChanges changes) {
        db.inTransaction(() -> {
            for (EnrollmentChanges.Change c : changes.changes()) {
                Enrollment b = c.before();
                repos.enrollments.update(new Enrollment(b.id(), b.courseId(), b.fiscalYear(), b.staffId(),
                        b.sessionId(), b.kind(), b.status(), b.statusReason(), b.appliedOn(), b.importBatchId(),
                        c.versionAfter()));
            }
            repos.audit.record("UNDO_ASSIGN", "enrollment", null, "restored " + changes.changes().size());
        });
    }

    private Enrollment current(long enrollmentId, int version) {
        Enrollment e = repos.enrollments.find(enrollmentId).orElse(null);
        if (e == null || e.version() != version) {
            throw new StaleEditException("enrollment", enrollmentId, e);
        }
        return e;
    }

    static Enrollment with(Enrollment e, Long sessionId, EnrollmentStatus status, String reason) {
        return new Enrollment(e.id(), e.courseId(), e.fiscalYear(), e.staffId(), sessionId, e.kind(), status,
                status == EnrollmentStatus.ENROLLED ? null : reason, e.appliedOn(), e.importBatchId(),
                e.version());
    }
}
