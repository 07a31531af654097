package org.kenshu.service.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.Course;
import org.kenshu.model.CourseAlias;
import org.kenshu.model.I18n;
import org.kenshu.service.RefusedException;
import org.kenshu.service.imports.Text;

/**
 * Every name a course answers to (its name and its aliases), compared as the imports compare them
 * (NFKC, spaces ignored): one spelling must lead to one course, or a spreadsheet row would be ambiguous.
 */
final class CatalogNames {
    private final Map<String, Long> owners = new HashMap<>();
    private final Map<Long, String> courseNames = new HashMap<>();

    CatalogNames(List<Course> courses, List<CourseAlias> aliases) {
        for (Course c : courses) {
            owners.put(Text.key(c.name()), c.id());
            courseNames.put(c.id(), c.name());
        }
        for (CourseAlias a : aliases) {
            owners.putIfAbsent(Text.key(a.alias()), a.courseId());
        }
    }

    boolean isFree(String name, long self) {
        Long owner = owners.get(Text.key(name));
        return owner == null || owner == self;
    }

    /** Refuses {@code name} (a course name or an alias of course {@code self}) when another course answers to it. */
    void requireFree(String name, long self, String messageKey) {
        Long owner = owners.get(Text.key(name));
        if (owner != null && owner != self) {
            throw new RefusedException(I18n.t(messageKey, name, courseNames.get(owner)));
        }
    }
}
