package org.kenshu.ui.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.kenshu.model.Department;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.I18n;
import org.kenshu.model.JobCategory;
import org.kenshu.model.StaffStatus;
import org.kenshu.model.Tier;
import org.kenshu.service.RosterEntry;
import org.kenshu.service.RosterService;
import org.kenshu.service.imports.Text;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.TaskRunner;

/**
 * 職員・組織: the roster as of the selected fiscal year (today within the current year, April 1
 * otherwise), filtered as the officer types, plus the department tree, tiers and job categories.
 */
public final class StaffPageViewModel {
    private final RosterService roster;
    private final TaskRunner tasks;
    private final AppState state;
    private final ObservableList<RosterEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<RosterEntry> shown = new FilteredList<>(entries);
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObservableList<Tier> tiers = FXCollections.observableArrayList();
    private final ObservableList<JobCategory> jobCategories = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty showLeft = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final Clock clock;
    private LocalDate asOf;

    public StaffPageViewModel(RosterService roster, TaskRunner tasks, AppState state, Clock clock) {
        this.roster = roster;
        this.tasks = tasks;
        this.state = state;
        this.clock = clock;
        this.asOf = LocalDate.now(clock);
        filter.addListener((obs, old, text) -> applyFilter());
        showLeft.addListener((obs, old, show) -> applyFilter());
    }

    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        FiscalYear fy = FiscalYear.of(state.fiscalYear());
        asOf = fy.contains(today) ? today : fy.start();
        LocalDate date = asOf;
        tasks.run(I18n.t("task.loadingStaff"), p -> new Loaded(roster.roster(date), roster.departments(),
                roster.tiers(), roster.jobCategories()), loaded -> {
                    entries.setAll(loaded.entries());
                    departments.setAll(loaded.departments());
                    tiers.setAll(loaded.tiers());
                    jobCategories.setAll(loaded.jobs());
                    applyFilter();
                });
    }

    private record Loaded(List<RosterEntry> entries, List<Department> departments, List<Tier> tiers,
            List<JobCategory> jobs) {
    }

    private void applyFilter() {
        String[] words = Text.clean(filter.get() == null ? "" : filter.get()).split(" ");
        Predicate<RosterEntry> active = e -> showLeft.get() || e.status() != StaffStatus.LEFT;
        shown.setPredicate(active.and(e -> matchesAll(e, words)));
        count.set(I18n.t("staff.count", shown.size(), entries.size(), state.shortDate(asOf)));
    }

    /** Every word appears in the number, name, kana, department, tier or job category (width and spaces ignored). */
    static boolean matchesAll(RosterEntry e, String[] words) {
        String haystack = Text.key(e.employeeNo() + e.name() + e.kana() + e.department() + e.tier() + e.jobCategory()
                + I18n.label(e.status()));
        String kana = Text.kanaKey(e.kana() == null ? "" : e.kana());
        for (String w : words) {
            if (!w.isEmpty() && !haystack.contains(Text.key(w)) && !kana.contains(Text.kanaKey(w))) {
                return false;
            }
        }
        return true;
    }

    public FilteredList<RosterEntry> shown() {
        return shown;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObservableList<Tier> tiers() {
        return tiers;
    }

    public ObservableList<JobCategory> jobCategories() {
        return jobCategories;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty showLeftProperty() {
        return showLeft;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
