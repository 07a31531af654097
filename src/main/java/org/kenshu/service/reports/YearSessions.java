package org.kenshu.service.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.Course;
import org.kenshu.model.I18n;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.SessionStatus;
import org.kenshu.model.Wareki;
import org.kenshu.store.Repositories;

/** The sessions of a year's plan with their course, type and days, in the order reports list them. */
final class YearSessions {
    /** A session as reports name it: 「新任係長研修」「第1回」「5月12日(火)～13日(水)」. */
    record Entry(long id, Course course, String type, int typeOrder, String number, List<LocalDate> days,
            String daysText, Integer capacity, boolean cancelled) {

        String courseName() {
            return course.name();
        }

        LocalDate firstDay() {
            return days.isEmpty() ? null : days.getFirst();
        }
    }

    private final Map<Long, Entry> sessions = new HashMap<>();
    private final List<Entry> ordered = new ArrayList<>();
    private final Map<Long, Integer> order = new HashMap<>();
    private final Map<Long, List<Long>> dayIds = new HashMap<>();
    private final List<SessionDay> days = new ArrayList<>();

    static YearSessions read(Repositories repos, ReportContext ctx) {
        YearSessions y = new YearSessions();
        var plan = repos.plans.findByFiscalYear(ctx.fiscalYear());
        if (plan.isEmpty()) {
            return y;
        }
        CourseFacts facts = new CourseFacts(repos);
        Map<Long, Course> courses = CourseFacts.byId(repos.courses.findAll(), Course::id);
        List<Session> list = repos.sessions.findByPlan(plan.get().id());
        Map<Long, Long> perCourse = new HashMap<>();
        list.forEach(s -> perCourse.merge(s.courseId(), 1L, Long::sum));
        Map<Long, List<SessionDay>> byS = new HashMap<>();
        for (SessionDay d : repos.sessionDays.findAll()) {
            byS.computeIfAbsent(d.sessionId(), k -> new ArrayList<>()).add(d);
        }
        for (Session s : list) {
            List<SessionDay> sd = byS.getOrDefault(s.id(), List.of()).stream()
                    .sorted(Comparator.comparing(SessionDay::heldOn)).toList();
            y.days.addAll(sd);
            y.dayIds.put(s.id(), sd.stream().map(SessionDay::id).toList());
            Course c = courses.get(s.courseId());
            List<LocalDate> dates = sd.stream().map(SessionDay::heldOn).toList();
            String number = perCourse.get(s.courseId()) > 1 ? I18n.t("session.number", s.sessionNo()) : "";
            var type = facts.type(c);
            Entry e = new Entry(s.id(), c, type.name(), type.sortOrder(), number, dates,
                    Wareki.sessionDays(dates, s.periodEnd()), s.capacity() != null ? s.capacity() : c.defaultCapacity(),
                    s.status() == SessionStatus.CANCELLED);
            y.sessions.put(s.id(), e);
            y.ordered.add(e);
        }
        y.ordered.sort(Comparator.comparing(Entry::firstDay, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::courseName).thenComparing(Entry::number));
        for (int i = 0; i < y.ordered.size(); i++) {
            y.order.put(y.ordered.get(i).id(), i);
        }
        return y;
    }

    Map<Long, Entry> sessions() {
        return sessions;
    }

    List<Entry> ordered() {
        return ordered;
    }

    int order(long sessionId) {
        return order.getOrDefault(sessionId, Integer.MAX_VALUE);
    }

    List<Long> dayIds(long sessionId) {
        return dayIds.getOrDefault(sessionId, List.of());
    }

    List<SessionDay> days() {
        return days;
    }
}
