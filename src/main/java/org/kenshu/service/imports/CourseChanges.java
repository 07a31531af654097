package org.kenshu.service.imports;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.I18n;
import org.kenshu.model.Tier;

/**
 * What a plan row says about a course that is already in the catalog. The course type and the
 * provider are the course's own columns: a different value is a conflict the officer decides (and
 * undo restores it from the journal). Target tiers differ between sessions in many plans and live
 * in the catalog's own table: a difference is only a warning, the catalog is not changed.
 */
final class CourseChanges {
    private final ImportContext ctx;
    private final PlanProviders providers;
    private final java.util.Set<Long> warned = new java.util.HashSet<>();

    CourseChanges(ImportContext ctx, PlanProviders providers) {
        this.ctx = ctx;
        this.providers = providers;
    }

    /**
     * The course as the row leaves it: updated when the officer chose the file's values, in which
     * case {@code changed[0]} becomes true.
     */
    Course apply(PlanRow r, Course c, boolean[] changed) {
        long type = c.courseTypeId();
        if (r.type() != null && r.type().id() != type && ctx.overwrite(r.row(), Column.COURSE_TYPE,
                "course:" + c.id() + ":type", c.name(), typeName(type), r.type().name())) {
            type = r.type().id();
        }
        Long provider = c.providerId();
        if (r.provider() != null) {
            Long incoming = providers.find(r.provider()).orElse(null);
            if (provider == null) {
                provider = providers.id(r.provider()); // a blank in the catalog is filled, not a conflict
            } else if (!Objects.equals(incoming, provider) && ctx.overwrite(r.row(), Column.PROVIDER,
                    "course:" + c.id() + ":provider", c.name(), providers.name(provider), r.provider())) {
                provider = providers.id(r.provider());
            }
        }
        targets(r, c);
        if (type == c.courseTypeId() && Objects.equals(provider, c.providerId())) {
            return c;
        }
        var wanted = new Course(c.id(), c.code(), c.name(), type, provider, c.format(), c.days(), c.hours(),
                c.defaultCapacity(), c.costPerHead(), c.mode(), c.description(), c.target(), c.competencyIds(),
                c.retired(), c.version());
        changed[0] = true;
        return ctx.journal.updating("course", c.id(), () -> ctx.repos.courses.update(wanted));
    }

    private void targets(PlanRow r, Course c) {
        if (r.targets() == null || warned.contains(c.id())) {
            return;
        }
        Set<Long> incoming = r.targets().stream().map(Tier::id).collect(Collectors.toSet());
        if (!incoming.equals(c.target().tierIds())) {
            String stored = c.target().tierIds().isEmpty() ? I18n.t("import.plan.noTarget")
                    : ctx.repos.tiers.findAll().stream().filter(t -> c.target().tierIds().contains(t.id()))
                            .map(Tier::name).collect(Collectors.joining("、"));
            warned.add(c.id()); // once per course, not once per session row
            ctx.warning(r.row(), Column.TARGET, "import.plan.targetDiffers", c.name(), stored,
                    r.targets().stream().map(Tier::name).collect(Collectors.joining("、")));
        }
    }

    private String typeName(long id) {
        return ctx.repos.courseTypes.find(id).map(CourseType::name).orElse("");
    }

}
