package org.kenshu.ui.catalog;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.EnrollmentMode;
import org.kenshu.model.I18n;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Provider;
import org.kenshu.model.TargetRule;
import org.kenshu.model.Tier;
import org.kenshu.service.catalog.CatalogChoices;
import org.kenshu.service.catalog.CatalogChoices.CompetencyChoice;
import org.kenshu.service.catalog.CourseDetail;
import org.kenshu.ui.catalog.FormNumbers.BadNumberException;

/** The fields of the course form as properties, filled from a course and turned back into one. */
public final class CourseForm {
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty code = new SimpleStringProperty("");
    final ObjectProperty<CourseType> type = new SimpleObjectProperty<>();
    final ObjectProperty<Provider> provider = new SimpleObjectProperty<>();
    final ObjectProperty<DeliveryFormat> format = new SimpleObjectProperty<>(DeliveryFormat.CLASSROOM);
    final StringProperty days = new SimpleStringProperty("");
    final StringProperty hours = new SimpleStringProperty("");
    final StringProperty capacity = new SimpleStringProperty("");
    final StringProperty cost = new SimpleStringProperty("");
    final ObjectProperty<EnrollmentMode> mode = new SimpleObjectProperty<>(EnrollmentMode.NOMINATION);
    final StringProperty description = new SimpleStringProperty("");
    final StringProperty yearsFrom = new SimpleStringProperty("");
    final StringProperty yearsTo = new SimpleStringProperty("");
    final StringProperty promotedWithin = new SimpleStringProperty("");
    final ObjectProperty<Course> notCompleted = new SimpleObjectProperty<>();
    final BooleanProperty activeOnly = new SimpleBooleanProperty(true);
    final StringProperty aliases = new SimpleStringProperty("");
    final ObservableList<CourseType> types = FXCollections.observableArrayList();
    final ObservableList<Provider> providers = FXCollections.observableArrayList();
    final ObservableList<Course> courses = FXCollections.observableArrayList();
    final ObservableList<Pick<Tier>> tiers = FXCollections.observableArrayList();
    final ObservableList<Pick<JobCategory>> jobs = FXCollections.observableArrayList();
    final ObservableList<Pick<CompetencyChoice>> competencies = FXCollections.observableArrayList();

    void setChoices(CatalogChoices c) {
        types.setAll(c.types());
        providers.setAll(c.providers());
        courses.setAll(c.courses());
        tiers.setAll(c.tiers().stream().map(t -> new Pick<>(t, t.name())).toList());
        jobs.setAll(c.jobCategories().stream().map(j -> new Pick<>(j, j.name())).toList());
        competencies.setAll(c.competencies().stream().map(x -> new Pick<>(x, x.name())).toList());
    }

    /** Shows {@code d}, or an empty form for a new course of the first type when {@code d} is null. */
    void show(CourseDetail d) {
        Course c = d == null ? null : d.course();
        name.set(c == null ? "" : c.name());
        code.set(c == null || c.code() == null ? "" : c.code());
        type.set(c == null ? types.stream().findFirst().orElse(null) : find(types, CourseType::id, c.courseTypeId()));
        provider.set(c == null || c.providerId() == null ? null : find(providers, Provider::id, c.providerId()));
        format.set(c == null ? DeliveryFormat.CLASSROOM : c.format());
        days.set(c == null ? "" : FormNumbers.text(c.days()));
        hours.set(c == null ? "" : FormNumbers.text(c.hours()));
        capacity.set(c == null ? "" : FormNumbers.text(c.defaultCapacity()));
        cost.set(c == null ? "" : FormNumbers.text(c.costPerHead()));
        mode.set(c == null ? EnrollmentMode.NOMINATION : c.mode());
        description.set(c == null || c.description() == null ? "" : c.description());
        TargetRule t = c == null ? TargetRule.none() : c.target();
        yearsFrom.set(FormNumbers.text(t.yearsFrom()));
        yearsTo.set(FormNumbers.text(t.yearsTo()));
        promotedWithin.set(FormNumbers.text(t.promotedWithinMonths()));
        notCompleted.set(t.notCompletedCourseId() == null ? null
                : find(courses, Course::id, t.notCompletedCourseId()));
        activeOnly.set(t.activeOnly());
        tiers.forEach(p -> p.selectedProperty().set(t.tierIds().contains(p.item().id())));
        jobs.forEach(p -> p.selectedProperty().set(t.jobCategoryIds().contains(p.item().id())));
        Set<Long> comps = c == null ? Set.of() : c.competencyIds();
        competencies.forEach(p -> p.selectedProperty().set(comps.contains(p.item().id())));
        aliases.set(d == null ? "" : String.join("\n", d.aliases()));
    }

    /** The course the form describes, keeping {@code base}'s id, version and retired flag (none for a new course). */
    Course toCourse(Course base) throws BadNumberException {
        var target = new TargetRule(ids(tiers, Tier::id), ids(jobs, JobCategory::id),
                FormNumbers.integer(yearsFrom.get(), I18n.t("course.yearsFrom")),
                FormNumbers.integer(yearsTo.get(), I18n.t("course.yearsTo")),
                FormNumbers.integer(promotedWithin.get(), I18n.t("course.promotedWithin")),
                notCompleted.get() == null ? null : notCompleted.get().id(), activeOnly.get());
        return new Course(base == null ? 0 : base.id(), code.get(), name.get(),
                type.get() == null ? 0 : type.get().id(), provider.get() == null ? null : provider.get().id(),
                format.get(), FormNumbers.decimal(days.get(), I18n.t("catalog.column.days")),
                FormNumbers.decimal(hours.get(), I18n.t("catalog.column.hours")),
                FormNumbers.integer(capacity.get(), I18n.t("catalog.column.capacity")),
                FormNumbers.integer(cost.get(), I18n.t("catalog.column.cost")), mode.get(), description.get(),
                target, ids(competencies, CompetencyChoice::id), base != null && base.retired(),
                base == null ? 0 : base.version());
    }

    List<String> aliasList() {
        return Arrays.stream(aliases.get() == null ? new String[0] : aliases.get().split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <T> Set<Long> ids(List<Pick<T>> picks, Function<T, Long> id) {
        Set<Long> result = new HashSet<>();
        picks.stream().filter(Pick::isSelected).forEach(p -> result.add(id.apply(p.item())));
        return result;
    }

    private static <T> T find(List<T> list, Function<T, Long> id, long wanted) {
        return list.stream().filter(x -> id.apply(x) == wanted).findFirst().orElse(null);
    }
}
