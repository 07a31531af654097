package org.kenshu.service.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.kenshu.model.CourseType;
import org.kenshu.model.I18n;
import org.kenshu.service.RefusedException;
import org.kenshu.service.Tidy;
import org.kenshu.service.imports.Text;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * The list of course types (研修区分): add, rename, recolour, reorder, and remove one no course uses.
 * Codes never change (goals and imports refer to them); new types get a generated code.
 */
public final class CourseTypeService {
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private final Database db;
    private final Repositories repos;

    public CourseTypeService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
    }

    public List<CourseType> types() {
        return repos.courseTypes.findAll();
    }

    /** A new type at the end of the list. */
    public CourseType add(String name, String color) {
        return db.inTransaction(() -> {
            List<CourseType> all = types();
            String clean = validName(name, 0, all);
            int order = all.stream().mapToInt(CourseType::sortOrder).max().orElse(0) + 1;
            String code = "TYPE_" + order;
            while (repos.courseTypes.findByCode(code).isPresent()) {
                code = code + "_";
            }
            CourseType saved = repos.courseTypes.insert(CourseType.of(code, clean, validColor(color), order));
            repos.audit.record("INSERT", "course_type", saved.id(), saved.name());
            return saved;
        });
    }

    /** Saves a renamed or recoloured type (version-checked). */
    public CourseType save(CourseType type) {
        return db.inTransaction(() -> {
            String clean = validName(type.name(), type.id(), types());
            CourseType saved = repos.courseTypes.update(new CourseType(type.id(), type.code(), clean,
                    validColor(type.color()), type.sortOrder(), type.version()));
            repos.audit.record("UPDATE", "course_type", saved.id(), saved.name());
            return saved;
        });
    }

    /** Moves a type one place up ({@code -1}) or down ({@code +1}); returns the list in its new order. */
    public List<CourseType> move(CourseType type, int step) {
        return db.inTransaction(() -> {
            List<CourseType> all = new ArrayList<>(types());
            int from = indexOf(all, type);
            int to = from + Integer.signum(step);
            if (to < 0 || to >= all.size()) {
                return all;
            }
            all.set(from, all.get(to));
            all.set(to, type);
            for (int i = 0; i < all.size(); i++) {
                CourseType t = all.get(i);
                CourseType stored = repos.courseTypes.get(t.id());
                if (stored.sortOrder() != i + 1) {
                    int version = t.id() == type.id() ? type.version() : stored.version();
                    repos.courseTypes.update(new CourseType(t.id(), stored.code(), stored.name(), stored.color(),
                            i + 1, version));
                }
            }
            repos.audit.record("MOVE", "course_type", type.id(), type.name() + " " + (from + 1) + "→" + (to + 1));
            return types();
        });
    }

    /** Removes a type no course or goal uses. */
    public void delete(CourseType type) {
        db.inTransaction(() -> {
            if (repos.usage.courseType(type.id()) > 0) {
                throw new RefusedException(I18n.t("courseTypes.inUse", type.name()));
            }
            repos.courseTypes.delete(type);
            repos.audit.record("DELETE", "course_type", type.id(), type.name());
        });
    }

    /** Puts back a removed type (undo), under its old code. */
    public CourseType restore(CourseType type) {
        return db.inTransaction(() -> {
            CourseType saved = repos.courseTypes.insert(CourseType.of(type.code(), type.name(), type.color(),
                    type.sortOrder()));
            repos.audit.record("INSERT", "course_type", saved.id(), saved.name());
            return saved;
        });
    }

    private static int indexOf(List<CourseType> all, CourseType type) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == type.id()) {
                return i;
            }
        }
        throw new RefusedException(I18n.t("courseTypes.gone", type.name()));
    }

    private static String validName(String name, long self, List<CourseType> all) {
        String clean = Tidy.text(name);
        if (clean == null || clean.isEmpty()) {
            throw new RefusedException(I18n.t("courseTypes.nameRequired"));
        }
        boolean taken = all.stream().anyMatch(t -> t.id() != self && Text.key(t.name()).equals(Text.key(clean)));
        if (taken) {
            throw new RefusedException(I18n.t("courseTypes.nameTaken", clean));
        }
        return clean;
    }

    private static String validColor(String color) {
        if (color == null || color.isBlank()) {
            return null;
        }
        if (!COLOR.matcher(color.strip()).matches()) {
            throw new RefusedException(I18n.t("courseTypes.badColor", color));
        }
        return color.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
