package org.kenshu.service.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kenshu.model.Course;
import org.kenshu.model.CourseAlias;
import org.kenshu.model.I18n;
import org.kenshu.model.TargetRule;
import org.kenshu.service.RefusedException;
import org.kenshu.service.Tidy;
import org.kenshu.service.imports.Text;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * Edits of the course catalog: save (new or changed, with aliases), copy, retire and restore. Each is one
 * transaction with an audit entry; a course changed elsewhere meanwhile raises StaleEditException.
 */
public final class CourseEditService {
    private final Database db;
    private final Repositories repos;

    public CourseEditService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
    }

    public CourseDetail detail(long courseId) {
        return new CourseDetail(repos.courses.get(courseId),
                repos.courseAliases.findByCourse(courseId).stream().map(CourseAlias::alias).toList());
    }

    /** Inserts ({@code id} 0) or updates the course and replaces its aliases. */
    public CourseDetail save(Course course, List<String> aliases) {
        return db.inTransaction(() -> {
            Course clean = validated(course);
            List<String> names = validatedAliases(clean, aliases);
            Course saved = clean.id() == 0 ? repos.courses.insert(clean) : repos.courses.update(clean);
            replaceAliases(saved.id(), names);
            repos.audit.record(clean.id() == 0 ? "INSERT" : "UPDATE", "course", saved.id(), saved.name());
            return detail(saved.id());
        });
    }

    /** A new course 「…のコピー」 with the same type, provider, numbers, rule and competencies; no aliases (they are unique). */
    public CourseDetail copy(long courseId) {
        return db.inTransaction(() -> {
            Course original = repos.courses.get(courseId);
            String name = freeName(I18n.t("catalog.copyName", original.name()));
            Course copy = new Course(0, null, name, original.courseTypeId(), original.providerId(), original.format(),
                    original.days(), original.hours(), original.defaultCapacity(), original.costPerHead(),
                    original.mode(), original.description(), original.target(), original.competencyIds(), false, 0);
            Course saved = repos.courses.insert(copy);
            repos.audit.record("COPY", "course", saved.id(), original.name() + " → " + saved.name());
            return detail(saved.id());
        });
    }

    /** Retires (hides from new plans, keeps every session and record) or brings back a course. */
    public Course setRetired(Course course, boolean retired) {
        return db.inTransaction(() -> {
            Course changed = new Course(course.id(), course.code(), course.name(), course.courseTypeId(),
                    course.providerId(), course.format(), course.days(), course.hours(), course.defaultCapacity(),
                    course.costPerHead(), course.mode(), course.description(), course.target(),
                    course.competencyIds(), retired, course.version());
            Course saved = repos.courses.update(changed);
            repos.audit.record(retired ? "RETIRE" : "RESTORE", "course", saved.id(), saved.name());
            return saved;
        });
    }

    /** Removes a course nothing refers to (undoing its creation); a course with history is refused. */
    public void delete(Course course) {
        db.inTransaction(() -> {
            if (repos.usage.course(course.id()) > 0) {
                throw new RefusedException(I18n.t("catalog.deleteInUse", course.name()));
            }
            repos.courseAliases.findByCourse(course.id()).forEach(repos.courseAliases::delete);
            repos.courses.delete(course);
            repos.audit.record("DELETE", "course", course.id(), course.name());
        });
    }

    private Course validated(Course c) {
        String name = Tidy.text(c.name());
        if (name == null || name.isEmpty()) {
            throw new RefusedException(I18n.t("catalog.nameRequired"));
        }
        if (repos.courseTypes.find(c.courseTypeId()).isEmpty()) {
            throw new RefusedException(I18n.t("catalog.typeRequired"));
        }
        names().requireFree(name, c.id(), "catalog.nameTaken");
        nonNegative(c.days(), c.hours());
        nonNegative(c.defaultCapacity(), c.costPerHead(), c.target().yearsFrom(), c.target().yearsTo(),
                c.target().promotedWithinMonths());
        TargetRule t = c.target();
        if (t.yearsFrom() != null && t.yearsTo() != null && t.yearsFrom() > t.yearsTo()) {
            throw new RefusedException(I18n.t("catalog.yearsReversed", t.yearsFrom(), t.yearsTo()));
        }
        if (t.notCompletedCourseId() != null && c.id() != 0 && t.notCompletedCourseId() == c.id()) {
            throw new RefusedException(I18n.t("catalog.notCompletedSelf"));
        }
        String code = Text.isBlank(c.code()) ? null : Tidy.text(c.code());
        return new Course(c.id(), code, name, c.courseTypeId(), c.providerId(), c.format(), c.days(), c.hours(),
                c.defaultCapacity(), c.costPerHead(), c.mode(), Text.isBlank(c.description()) ? null : c.description()
                        .strip(), t, c.competencyIds(), c.retired(), c.version());
    }

    private List<String> validatedAliases(Course course, List<String> aliases) {
        CatalogNames names = names();
        Set<String> keys = new HashSet<>();
        keys.add(Text.key(course.name()));
        List<String> result = new ArrayList<>();
        for (String raw : aliases) {
            String alias = Tidy.text(raw);
            if (alias == null || alias.isEmpty()) {
                continue;
            }
            if (!keys.add(Text.key(alias))) {
                continue; // the same spelling twice, or the course's own name: nothing to store
            }
            names.requireFree(alias, course.id(), "catalog.aliasTaken");
            result.add(alias);
        }
        return result;
    }

    private void replaceAliases(long courseId, List<String> wanted) {
        Set<String> keep = new HashSet<>(wanted);
        for (CourseAlias a : repos.courseAliases.findByCourse(courseId)) {
            if (!keep.remove(a.alias())) {
                repos.courseAliases.delete(a);
            }
        }
        for (String alias : wanted) {
            if (keep.contains(alias)) {
                repos.courseAliases.insert(new CourseAlias(0, courseId, alias, 0));
            }
        }
    }

    /** 「…のコピー」, then 「…のコピー (2)」… until no course answers to it. */
    private String freeName(String wanted) {
        CatalogNames names = names();
        for (int n = 1;; n++) {
            String candidate = n == 1 ? wanted : wanted + " (" + n + ")";
            if (names.isFree(candidate, 0)) {
                return candidate;
            }
        }
    }

    private CatalogNames names() {
        return new CatalogNames(repos.courses.findAll(), repos.courseAliases.findAll());
    }

    private static void nonNegative(BigDecimal... values) {
        for (BigDecimal v : values) {
            if (v != null && v.signum() < 0) {
                throw new RefusedException(I18n.t("catalog.negative"));
            }
        }
    }

    private static void nonNegative(Integer... values) {
        for (Integer v : values) {
            if (v != null && v < 0) {
                throw new RefusedException(I18n.t("catalog.negative"));
            }
        }
    }
}
