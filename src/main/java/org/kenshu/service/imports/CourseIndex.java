package org.kenshu.service.imports;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kenshu.model.Course;
import org.kenshu.model.CourseAlias;

/**
 * Finds a course by its name or a recorded alias, ignoring width, spaces, a 「第1回」 and bracketed
 * remarks such as 「（前期）」 when the full name does not match.
 */
public final class CourseIndex {
    private static final Pattern ROUND = Pattern.compile("第?\\d+回(目)?");
    private static final Pattern BRACKETS = Pattern.compile("[(（【\\[][^)）】\\]]*[)）】\\]]");
    private final NamedIndex<Course> names = new NamedIndex<>();

    public CourseIndex(List<Course> courses, List<CourseAlias> aliases) {
        courses.forEach(this::add);
        var byId = new java.util.HashMap<Long, Course>();
        courses.forEach(c -> byId.put(c.id(), c));
        for (CourseAlias a : aliases) {
            if (byId.containsKey(a.courseId())) {
                names.put(a.alias(), byId.get(a.courseId()));
            }
        }
    }

    public void add(Course c) {
        names.put(c.name(), c);
    }

    public Optional<Course> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Optional<Course> c = names.find(name);
        if (c.isEmpty()) {
            c = names.find(ROUND.matcher(Text.key(name)).replaceAll(""));
        }
        if (c.isEmpty()) {
            c = names.find(BRACKETS.matcher(ROUND.matcher(Text.key(name)).replaceAll("")).replaceAll(""));
        }
        return c;
    }

    /** The name without 「第1回」 (the session number is a separate column). */
    public static String withoutRound(String name) {
        return ROUND.matcher(Text.clean(name)).replaceAll("").strip();
    }

    /** The session number written in a name (「接遇研修 第2回」 → 2), or null. */
    public static Integer round(String name) {
        var m = Pattern.compile("第?(\\d+)回").matcher(Text.clean(name));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
