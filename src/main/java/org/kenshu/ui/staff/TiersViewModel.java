package org.kenshu.ui.staff;

import java.util.ArrayList;
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
import org.kenshu.model.JobCategory;
import org.kenshu.model.Tier;
import org.kenshu.service.JobCategoryService;
import org.kenshu.service.TierService;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.Editor;

/**
 * 職層: the ladder in rank order (junior first). Reorder by dragging or Alt+↑/↓, rename and add in
 * the form, retire a tier nobody holds any more (and restore it).
 */
public final class TiersViewModel {
    private final TierService service;
    private final JobCategoryService jobService;
    private final Editor editor;
    private final ObservableList<Tier> tiers = FXCollections.observableArrayList();
    private final ObservableList<JobCategory> ladders = FXCollections.observableArrayList();
    /** The job category whose own ladder the tier belongs to; null: the common ladder. */
    private final ObjectProperty<JobCategory> ladder = new SimpleObjectProperty<>();
    private final ObjectProperty<Tier> selected = new SimpleObjectProperty<>();
    private final BooleanProperty creating = new SimpleBooleanProperty(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty salaryGrades = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public TiersViewModel(TierService service, JobCategoryService jobService, Editor editor) {
        this.service = service;
        this.jobService = jobService;
        this.editor = editor;
        selected.addListener((obs, old, tier) -> show(tier));
    }

    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().id();
        editor.tasks().run(I18n.t("task.loadingStaff"), p -> new Loaded(service.tiers(), jobService.jobCategories()), l -> {
            var list = l.tiers();
            ladders.setAll(l.jobs());
            tiers.setAll(list);
            selected.set(list.stream().filter(t -> keep != null && t.id() == keep).findFirst().orElse(null));
            show(selected.get());
        });
    }

    private record Loaded(List<Tier> tiers, List<JobCategory> jobs) {
    }

    private void show(Tier t) {
        creating.set(false);
        name.set(t == null ? "" : t.name());
        code.set(t == null ? "" : t.code());
        salaryGrades.set(t == null || t.salaryGrades() == null ? "" : t.salaryGrades());
        description.set(t == null || t.description() == null ? "" : t.description());
        ladder.set(t == null || t.jobCategoryId() == null ? null : ladders.stream()
                .filter(j -> j.id() == t.jobCategoryId()).findFirst().orElse(null));
        error.set("");
    }

    public void newTier() {
        selected.set(null);
        show(null);
        creating.set(true);
    }

    public void cancel() {
        show(selected.get());
    }

    public void save() {
        Tier current = selected.get();
        if (!creating.get() && current == null) {
            return;
        }
        String problem = validate(current == null ? 0 : current.id());
        error.set(problem == null ? "" : problem);
        if (problem != null) {
            return;
        }
        if (creating.get()) {
            Tier wanted = new Tier(0, code.get(), name.get(), 0, salaryGrades.get(), description.get(), false,
                    ladderId(), 0);
            editor.save(I18n.t("tier.subject", name.get()), p -> service.add(wanted), saved -> {
                editor.saved(I18n.t("tier.added", saved.name()), I18n.t("tier.undoAdd", saved.name()),
                        p -> service.remove(saved), this::refresh);
                refreshSelecting(saved);
            }, null);
        } else {
            update(current, current.version());
        }
    }

    private void update(Tier before, int version) {
        Tier wanted = new Tier(before.id(), code.get(), name.get(), before.rank(), salaryGrades.get(),
                description.get(), before.retired(), ladderId(), version);
        editor.save(I18n.t("tier.subject", before.name()), p -> service.update(wanted), saved -> {
            editor.saved(I18n.t("tier.saved", saved.name()), I18n.t("tier.undoEdit", saved.name()),
                    p -> service.revert(saved, before), this::refresh);
            refreshSelecting(saved);
        }, stored -> conflict(before, (Tier) stored));
    }

    private void conflict(Tier before, Tier stored) {
        if (stored == null) {
            editor.deletedElsewhere(before.name());
            refresh();
            return;
        }
        var fields = List.of(new ConflictField(I18n.t("staff.tier.name"), stored.name(), name.get()),
                new ConflictField(I18n.t("staff.tier.code"), stored.code(), code.get()),
                new ConflictField(I18n.t("staff.tier.salaryGrades"), text(stored.salaryGrades()), salaryGrades.get()),
                new ConflictField(I18n.t("staff.tier.description"), text(stored.description()), description.get()),
                new ConflictField(I18n.t("tier.ladder"), ladderName(stored), ladder.get() == null ? ""
                        : ladder.get().name()));
        if (editor.keepMine(I18n.t("tier.subject", stored.name()), fields)) {
            update(stored, stored.version());
        } else {
            refreshSelecting(stored);
        }
    }

    /** Moves the tier at {@code from} to {@code to} (drag and drop, Alt+↑/↓) and saves the new ranks. */
    public void move(int from, int to) {
        if (from < 0 || to < 0 || from >= tiers.size() || to >= tiers.size() || from == to) {
            return;
        }
        List<Tier> before = List.copyOf(tiers);
        List<Tier> order = new ArrayList<>(tiers);
        Tier moved = order.remove(from);
        order.add(to, moved);
        editor.save(I18n.t("tier.subject", moved.name()), p -> service.reorder(order), saved -> {
            editor.saved(I18n.t("tier.reordered"), I18n.t("tier.undoOrder"), p -> service.revertOrder(saved, before),
                    this::refresh);
            refreshSelecting(moved);
        }, stored -> reorderConflict(order, (Tier) stored));
    }

    /** Someone changed a tier meanwhile: its stored position beside mine; keeping mine reorders the fresh rows. */
    private void reorderConflict(List<Tier> order, Tier stored) {
        if (stored == null) {
            refresh();
            return;
        }
        int mine = order.stream().map(Tier::id).toList().indexOf(stored.id()) + 1;
        boolean keep = editor.keepMine(I18n.t("tier.subject", stored.name()), List.of(
                new ConflictField(I18n.t("staff.tier.name"), stored.name(), name(order, stored.id())),
                new ConflictField(I18n.t("staff.tier.rank"), Integer.toString(stored.rank()), Integer.toString(mine))));
        if (!keep) {
            refresh();
            return;
        }
        List<Long> ids = order.stream().map(Tier::id).toList();
        editor.save(I18n.t("tier.subject", stored.name()), p -> service.reorder(service.tiers().stream()
                .sorted(java.util.Comparator.comparingInt(t -> ids.contains(t.id()) ? ids.indexOf(t.id())
                        : Integer.MAX_VALUE)).toList()), saved -> refresh(), again -> refresh());
    }

    private static String name(List<Tier> list, long id) {
        return list.stream().filter(t -> t.id() == id).map(Tier::name).findFirst().orElse("");
    }

    public void moveSelected(int delta) {
        int from = tiers.indexOf(selected.get());
        move(from, from + delta);
    }

    /** Retires the selected tier; refused with the number of staff still holding it. */
    public void retire(boolean retire) {
        Tier t = selected.get();
        if (t == null || t.retired() == retire) {
            return;
        }
        editor.save(I18n.t("tier.subject", t.name()), p -> retire ? service.retire(t) : service.restore(t), saved -> {
            editor.saved(I18n.t(retire ? "tier.retired" : "tier.restored", saved.name()),
                    I18n.t(retire ? "tier.undoRetire" : "tier.undoRestore", saved.name()),
                    p -> service.revert(saved, t), this::refresh);
            refreshSelecting(saved);
        }, stored -> refresh());
    }

    /** Name and code required and not used by another tier. */
    String validate(long self) {
        return NameAndCode.problem("tier", name.get(), code.get(), creating.get(), tiers, self, Tier::id, Tier::name,
                Tier::code);
    }

    private Long ladderId() {
        return ladder.get() == null ? null : ladder.get().id();
    }

    /** 「技能労務職」 for a tier of that job category's ladder, "" for the common ladder. */
    public String ladderName(Tier t) {
        return t.jobCategoryId() == null ? "" : ladders.stream().filter(j -> j.id() == t.jobCategoryId())
                .map(JobCategory::name).findFirst().orElse("");
    }

    private void refreshSelecting(Tier t) {
        selected.set(t);
        refresh();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<Tier> tiers() {
        return tiers;
    }

    public ObservableList<JobCategory> ladders() {
        return ladders;
    }

    public ObjectProperty<JobCategory> ladderProperty() {
        return ladder;
    }

    public ObjectProperty<Tier> selectedProperty() {
        return selected;
    }

    public BooleanProperty creatingProperty() {
        return creating;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty salaryGradesProperty() {
        return salaryGrades;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
