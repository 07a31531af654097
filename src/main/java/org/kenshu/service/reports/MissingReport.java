package org.kenshu.service.reports;

import java.util.List;
import org.kenshu.service.goals.GoalResult;

/**
 * 未受講者一覧: the people behind a goal's gap (as the goals engine finds them), by department, each
 * department's people in 五十音順, for the memo the officer sends to each section.
 *
 * @param countable false for goals that count no one (人数, 手入力): there is no list to make
 */
record MissingReport(GoalResult result, boolean countable, List<Department> departments) {

    MissingReport {
        departments = List.copyOf(departments);
    }

    int people() {
        return departments.stream().mapToInt(d -> d.people().size()).sum();
    }

    record Department(String name, List<Person> people) {
        Department {
            people = List.copyOf(people);
        }
    }

    /**
     * @param course  what they still need: the course they were nominated for, or what the goal counts
     * @param session 「第2回」 when they have one
     * @param status  why they have not completed, with the days it is about
     */
    record Person(String employeeNo, String name, String kana, String tier, String course, String session,
            String status) {
    }
}
