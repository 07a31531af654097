package org.kenshu.service.goals;

import org.kenshu.store.GoalPeople.EnrollmentFact;

/**
 * One person a goal counts: completed, or {@code pending} (not completed, but a session still
 * ahead would complete them: they count in the forecast). {@code enrollment} is the nomination
 * behind the row, when there is one.
 */
record Counted(Person person, boolean completed, boolean pending, EnrollmentFact enrollment, long courseId) {
}
