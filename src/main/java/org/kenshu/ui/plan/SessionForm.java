package org.kenshu.ui.plan;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.I18n;
import org.kenshu.model.Session;
import org.kenshu.model.SessionStatus;
import org.kenshu.service.CourseEntry;
import org.kenshu.service.plan.SessionDetail;
import org.kenshu.ui.catalog.FormNumbers;
import org.kenshu.ui.catalog.FormNumbers.BadNumberException;

/** The fields of the session form: course (for a new session), days, venue, instructor, capacity, deadline, notes. */
public final class SessionForm {
    final ObservableList<CourseEntry> courses = FXCollections.observableArrayList();
    final ObjectProperty<CourseEntry> course = new SimpleObjectProperty<>();
    final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    final ObjectProperty<LocalDate> dayToAdd = new SimpleObjectProperty<>();
    final StringProperty venue = new SimpleStringProperty("");
    final BooleanProperty internalInstructor = new SimpleBooleanProperty(false);
    final StringProperty instructor = new SimpleStringProperty("");
    final StringProperty capacity = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> periodEnd = new SimpleObjectProperty<>();
    final StringProperty note = new SimpleStringProperty("");

    void show(SessionDetail d) {
        Session s = d == null ? null : d.session();
        course.set(s == null ? courses.stream().findFirst().orElse(null)
                : courses.stream().filter(c -> c.course().id() == s.courseId()).findFirst().orElse(null));
        days.setAll(d == null ? List.of() : d.days());
        dayToAdd.set(null);
        venue.set(s == null || s.venue() == null ? "" : s.venue());
        internalInstructor.set(s != null && s.instructorStaffId() != null);
        instructor.set(d == null ? "" : d.instructorDisplay());
        capacity.set(s == null ? "" : FormNumbers.text(s.capacity()));
        deadline.set(s == null ? null : s.applicationDeadline());
        periodEnd.set(s == null ? null : s.periodEnd());
        note.set(s == null || s.note() == null ? "" : s.note());
    }

    /** Adds the chosen day (once) and keeps the days in order. */
    void addDay() {
        LocalDate d = dayToAdd.get();
        if (d != null && !days.contains(d)) {
            days.add(d);
            FXCollections.sort(days);
        }
        dayToAdd.set(null);
    }

    /**
     * The session the form describes, on {@code base} (id, plan, number, status, version) or new for the
     * chosen course; the instructor's staff id is filled in later, when the name is looked up.
     */
    Session toSession(Session base, Long instructorStaffId) throws BadNumberException {
        Integer cap = FormNumbers.integer(capacity.get(), I18n.t("plan.column.capacity"));
        String outside = internalInstructor.get() ? null : instructor.get();
        if (base == null) {
            return new Session(0, 0, course.get().course().id(), 0, venue.get(), instructorStaffId, outside, cap,
                    deadline.get(), periodEnd.get(), SessionStatus.PLANNED, note.get(), 0);
        }
        return new Session(base.id(), base.planId(), base.courseId(), base.sessionNo(), venue.get(), instructorStaffId,
                outside, cap, deadline.get(), periodEnd.get(), base.status(), note.get(), base.version());
    }
}
