package org.kenshu.ui.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.I18n;
import org.kenshu.model.Tier;
import org.kenshu.service.RosterService;
import org.kenshu.service.Services;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.Editor;

/**
 * 職員・組織: the roster as of the selected fiscal year (today within the current year, April 1
 * otherwise), filtered as the officer types, the selected staff member's detail, and the
 * department tree, tiers and job categories, each editable.
 */
public final class StaffPageViewModel {
    private final RosterService roster;
    private final Editor editor;
    private final AppState state;
    private final Clock clock;
    private final ObservableList<StaffRow> rows = FXCollections.observableArrayList();
    private final SortedList<StaffRow> sorted = new SortedList<>(rows);
    private final FilteredList<StaffRow> shown = new FilteredList<>(sorted);
    private final ObservableList<String> tierNames = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    /** A tier's name, or "" for every tier (the first choice of the list). */
    private final ObjectProperty<String> tierFilter = new SimpleObjectProperty<>("");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.EMPLOYED);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ObjectProperty<StaffRow> selected = new SimpleObjectProperty<>();
    private final StaffDetailViewModel detail;
    private final DepartmentsViewModel departments;
    private final TiersViewModel tiers;
    private final JobCategoriesViewModel jobCategories;
    private LocalDate asOf;

    public StaffPageViewModel(Services services, Editor editor, AppState state, Clock clock) {
        this.roster = services.roster;
        this.editor = editor;
        this.state = state;
        this.clock = clock;
        this.asOf = LocalDate.now(clock);
        this.detail = new StaffDetailViewModel(services, editor, state, new StaffDetailViewModel.Listener() {
            @Override
            public void changed(long staffId) {
                staffChanged(staffId);
            }

            @Override
            public void removed(long staffId) {
                staffRemoved(staffId);
            }

            @Override
            public boolean numberTaken(String employeeNo, long staffId) {
                return rows.stream().anyMatch(r -> r.entry().employeeNo().equals(employeeNo) && r.staffId() != staffId);
            }
        });
        this.departments = new DepartmentsViewModel(services.departments, editor, state);
        this.tiers = new TiersViewModel(services.tiers, services.jobCategories, editor);
        this.jobCategories = new JobCategoriesViewModel(services.jobCategories, editor);
        filter.addListener((obs, old, text) -> applyFilter());
        tierFilter.addListener((obs, old, tier) -> applyFilter());
        statusFilter.addListener((obs, old, status) -> applyFilter());
        selected.addListener((obs, old, row) -> {
            if (row != null && (old == null || old.staffId() != row.staffId())) {
                detail.load(row.staffId());
            }
        });
    }

    /** Reads the roster again (the fiscal year changed, or another tab renamed a department or tier). */
    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        FiscalYear fy = FiscalYear.of(state.fiscalYear());
        asOf = fy.contains(today) ? today : fy.start();
        LocalDate date = asOf;
        editor.tasks().run(I18n.t("task.loadingStaff"), p -> new Loaded(
                roster.roster(date).stream().map(StaffRow::of).toList(), roster.tiers()), loaded -> {
                    Long keep = selected.get() == null ? null : selected.get().staffId();
                    rows.setAll(loaded.rows());
                    tierNames.setAll(java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
                            loaded.tiers().stream().map(Tier::name)).toList());
                    if (tierFilter.get() == null || !tierNames.contains(tierFilter.get())) {
                        tierFilter.set("");
                    }
                    applyFilter();
                    selected.set(keep == null ? null : find(keep));
                    detail.reloadLists();
                });
        departments.refresh();
        tiers.refresh();
        jobCategories.refresh();
    }

    private record Loaded(List<StaffRow> rows, List<Tier> tiers) {
    }

    private void applyFilter() {
        shown.setPredicate(new StaffFilter(filter.get(), tierFilter.get(), statusFilter.get()).predicate());
        count.set(I18n.t("staff.count", shown.size(), rows.size(), state.shortDate(asOf)));
    }

    /** After the detail saved an edit: that one line is read again (or added, for a new staff member). */
    private void staffChanged(long staffId) {
        LocalDate date = asOf;
        editor.tasks().run(I18n.t("task.loadingStaff"), p -> StaffRow.of(roster.entry(staffId, date)), row -> {
            StaffRow old = find(staffId);
            if (old == null) {
                rows.add(row);
            } else {
                rows.set(rows.indexOf(old), row);
            }
            applyFilter();
            selected.set(row);
        });
    }

    /** The staff member was removed (undo of an add). */
    private void staffRemoved(long staffId) {
        rows.removeIf(r -> r.staffId() == staffId);
        applyFilter();
    }

    private StaffRow find(long staffId) {
        return rows.stream().filter(r -> r.staffId() == staffId).findFirst().orElse(null);
    }

    /** The rows the table shows, filtered, in the order of {@link #sortedProperty()}. */
    public FilteredList<StaffRow> shown() {
        return shown;
    }

    /** The table's sort order (the column headers clicked); null keeps the roster's order. */
    public ObjectProperty<java.util.Comparator<? super StaffRow>> sortedProperty() {
        return sorted.comparatorProperty();
    }

    public ObservableList<String> tierNames() {
        return tierNames;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<String> tierFilterProperty() {
        return tierFilter;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ObjectProperty<StaffRow> selectedProperty() {
        return selected;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public StaffDetailViewModel detail() {
        return detail;
    }

    public DepartmentsViewModel departments() {
        return departments;
    }

    public TiersViewModel tiers() {
        return tiers;
    }

    public JobCategoriesViewModel jobCategories() {
        return jobCategories;
    }
}
