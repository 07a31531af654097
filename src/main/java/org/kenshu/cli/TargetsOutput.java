package org.kenshu.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.service.targets.CapacityPlan;
import org.kenshu.service.targets.CourseTargets;
import org.kenshu.service.targets.Nominations;
import org.kenshu.service.targets.Target;
import org.kenshu.service.targets.TargetList;

/** How {@code plan targets} prints a target list: one JSON object, or lines an officer reads. */
final class TargetsOutput {
    private TargetsOutput() {
    }

    static String json(TargetList list, Nominations made) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("fiscalYear", list.fiscalYear());
        root.put("referenceDate", list.referenceDate().toString());
        root.put("applied", made != null);
        root.put("nominated", made == null ? 0 : made.count());
        List<Object> courses = new ArrayList<>();
        for (CourseTargets c : list.courses()) {
            Map<String, Object> course = new LinkedHashMap<>();
            course.put("course", c.course());
            course.put("mode", c.mode().name());
            CapacityPlan cap = c.capacity();
            course.put("sessions", cap.sessions());
            course.put("capacity", cap.unlimited() ? null : cap.capacity());
            course.put("moreSessionsForGoal", cap.moreSessions());
            List<Object> targets = new ArrayList<>();
            for (Target t : c.targets()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("employeeNo", t.employeeNo());
                row.put("name", t.name());
                row.put("department", t.department());
                row.put("tier", t.tier());
                row.put("reason", t.reason());
                row.put("enrolled", t.enrolled());
                targets.add(row);
            }
            course.put("targets", targets);
            courses.add(course);
        }
        root.put("courses", courses);
        root.put("skipped", list.skipped());
        try {
            return new ObjectMapper().writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(TargetList list, Nominations made, EraDisplay era) {
        StringBuilder out = new StringBuilder();
        line(out, I18n.t("cli.targets.heading", Wareki.fiscalYearWithWestern(list.fiscalYear(), era),
                Wareki.shortDate(list.referenceDate(), era)));
        for (CourseTargets c : list.courses()) {
            CapacityPlan cap = c.capacity();
            line(out, "");
            line(out, I18n.t("cli.targets.course", c.course(), c.targets().size(), c.enrolledCount(),
                    cap.unlimited() ? "-" : cap.capacity(), cap.sessions()));
            for (Target t : c.targets()) {
                line(out, String.join("  ", "", t.employeeNo(), t.name(), t.department(), t.tier(), t.reason(),
                        t.enrolled() ? I18n.label(t.enrollment()) : I18n.t("cli.targets.notYet")).stripTrailing());
            }
        }
        if (!list.skipped().isEmpty()) {
            line(out, "");
            line(out, I18n.t("cli.targets.skipped", String.join("、", list.skipped())));
        }
        line(out, "");
        line(out, made != null ? I18n.t("cli.targets.applied", made.count(), made.courses())
                : I18n.t("cli.targets.total", list.targetCount(), list.notYetEnrolledCount()));
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append(System.lineSeparator());
    }
}
