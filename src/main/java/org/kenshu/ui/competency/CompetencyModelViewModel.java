package org.kenshu.ui.competency;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.Competency;
import org.kenshu.model.CompetencyCategory;
import org.kenshu.model.I18n;
import org.kenshu.service.CompetencyGrid;
import org.kenshu.service.CompetencyModelService;
import org.kenshu.service.MatrixService;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.Editor;

/**
 * 能力の区分と能力: categories with their competencies, in order. The form edits the selected one;
 * new competencies go into the selected category; Alt+↑/↓ moves one among its siblings.
 */
public final class CompetencyModelViewModel {
    private final CompetencyModelService service;
    private final MatrixService matrix;
    private final Editor editor;
    private final ObservableList<CompetencyCategory> categories = FXCollections.observableArrayList();
    private final ObservableList<Competency> competencies = FXCollections.observableArrayList();
    /** A {@link CompetencyCategory} or a {@link Competency}. */
    private final ObjectProperty<Object> selected = new SimpleObjectProperty<>();
    private final BooleanProperty creatingCategory = new SimpleBooleanProperty(false);
    private final BooleanProperty creatingCompetency = new SimpleBooleanProperty(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<CompetencyCategory> category = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");

    CompetencyModelViewModel(CompetencyModelService service, MatrixService matrix, Editor editor) {
        this.service = service;
        this.matrix = matrix;
        this.editor = editor;
        selected.addListener((obs, old, item) -> show(item));
    }

    public void refresh() {
        Object keep = selected.get();
        editor.tasks().run(I18n.t("task.loadingCompetencies"), p -> matrix.grid(), g -> {
            categories.setAll(g.categories());
            competencies.setAll(g.rows().stream().map(CompetencyGrid.Row::competency).toList());
            selected.set(find(keep));
            show(selected.get());
        });
    }

    private void show(Object item) {
        creatingCategory.set(false);
        creatingCompetency.set(false);
        error.set("");
        if (item instanceof CompetencyCategory c) {
            fill(c.name(), c.code(), c.description(), null);
        } else if (item instanceof Competency c) {
            fill(c.name(), c.code(), c.description(), categoryOf(c));
        } else {
            fill("", "", "", null);
        }
    }

    private void fill(String n, String c, String d, CompetencyCategory cat) {
        name.set(n);
        code.set(c);
        description.set(d == null ? "" : d);
        category.set(cat);
    }

    public void newCategory() {
        selected.set(null);
        show(null);
        creatingCategory.set(true);
    }

    /** A new competency in the selected category (or the selected competency's category). */
    public void newCompetency() {
        Object item = selected.get();
        CompetencyCategory in = item instanceof CompetencyCategory c ? c
                : item instanceof Competency c ? categoryOf(c) : categories.isEmpty() ? null : categories.getFirst();
        selected.set(null);
        show(null);
        category.set(in);
        creatingCompetency.set(true);
    }

    public void cancel() {
        show(selected.get());
    }

    public void save() {
        String problem = validate();
        error.set(problem == null ? "" : problem);
        if (problem != null) {
            return;
        }
        Long categoryId = category.get() == null ? null : category.get().id();
        if (creatingCategory.get()) {
            var wanted = new CompetencyCategory(0, code.get(), name.get(), description.get(), 0, 0);
            editor.save(subject(name.get()), p -> service.addCategory(wanted), saved -> {
                editor.saved(I18n.t("competency.added", saved.name()), I18n.t("competency.undoAdd", saved.name()),
                        p -> service.removeCategory(saved), this::refresh);
                select(saved);
            }, null);
        } else if (creatingCompetency.get()) {
            var wanted = new Competency(0, categoryId, code.get(), name.get(), description.get(), 0, 0);
            editor.save(subject(name.get()), p -> service.addCompetency(wanted), saved -> {
                editor.saved(I18n.t("competency.added", saved.name()), I18n.t("competency.undoAdd", saved.name()),
                        p -> service.removeCompetency(saved), this::refresh);
                select(saved);
            }, null);
        } else if (selected.get() instanceof CompetencyCategory c) {
            updateCategory(c, c.version());
        } else if (selected.get() instanceof Competency c) {
            updateCompetency(c, c.version());
        }
    }

    private void updateCategory(CompetencyCategory before, int version) {
        var wanted = new CompetencyCategory(before.id(), code.get(), name.get(), description.get(), before.sortOrder(),
                version);
        editor.save(subject(before.name()), p -> service.updateCategory(wanted), saved -> {
            editor.saved(I18n.t("competency.saved", saved.name()), I18n.t("competency.undoEdit", saved.name()),
                    p -> service.revertCategory(saved, before), this::refresh);
            select(saved);
        }, stored -> {
            if (stored instanceof CompetencyCategory s && editor.keepMine(subject(s.name()), fields(s.name(),
                    s.code(), s.description(), ""))) {
                updateCategory(s, s.version());
            } else {
                refresh();
            }
        });
    }

    private void updateCompetency(Competency before, int version) {
        Long categoryId = category.get() == null ? null : category.get().id();
        var wanted = new Competency(before.id(), categoryId, code.get(), name.get(), description.get(),
                before.sortOrder(), version);
        editor.save(subject(before.name()), p -> service.updateCompetency(wanted), saved -> {
            editor.saved(I18n.t("competency.saved", saved.name()), I18n.t("competency.undoEdit", saved.name()),
                    p -> service.revertCompetency(saved, before), this::refresh);
            select(saved);
        }, stored -> {
            if (stored instanceof Competency s && editor.keepMine(subject(s.name()), fields(s.name(), s.code(),
                    s.description(), categoryName(s.categoryId())))) {
                updateCompetency(s, s.version());
            } else {
                refresh();
            }
        });
    }

    private List<ConflictField> fields(String storedName, String storedCode, String storedDescription,
            String storedCategory) {
        return List.of(new ConflictField(I18n.t("competency.name"), storedName, name.get()),
                new ConflictField(I18n.t("staff.tier.code"), storedCode, code.get()),
                new ConflictField(I18n.t("competency.column.category"), storedCategory,
                        category.get() == null ? "" : category.get().name()),
                new ConflictField(I18n.t("competency.description"), storedDescription == null ? ""
                        : storedDescription, description.get()));
    }

    /** Moves the selected category, or competency within its category, by {@code delta} places. */
    public void moveSelected(int delta) {
        if (selected.get() instanceof CompetencyCategory c) {
            List<CompetencyCategory> order = new ArrayList<>(categories);
            if (!shift(order, order.indexOf(c), delta)) {
                return;
            }
            List<CompetencyCategory> before = List.copyOf(categories);
            editor.save(subject(c.name()), p -> service.reorderCategories(order), saved -> {
                editor.saved(I18n.t("competency.reordered"), I18n.t("competency.undoOrder"),
                        p -> service.revertCategoryOrder(saved, before), this::refresh);
                select(c);
            }, stored -> refresh());
        } else if (selected.get() instanceof Competency c) {
            List<Competency> siblings = new ArrayList<>(competencies.stream()
                    .filter(o -> Objects.equals(o.categoryId(), c.categoryId())).toList());
            List<Competency> before = List.copyOf(siblings);
            if (!shift(siblings, siblings.indexOf(c), delta)) {
                return;
            }
            editor.save(subject(c.name()), p -> service.reorderCompetencies(siblings), saved -> {
                editor.saved(I18n.t("competency.reordered"), I18n.t("competency.undoOrder"),
                        p -> service.revertCompetencyOrder(saved, before), this::refresh);
                select(c);
            }, stored -> refresh());
        }
    }

    private static <T> boolean shift(List<T> list, int from, int delta) {
        int to = from + delta;
        if (from < 0 || to < 0 || to >= list.size()) {
            return false;
        }
        list.add(to, list.remove(from));
        return true;
    }

    String validate() {
        if (name.get() == null || name.get().isBlank()) {
            return I18n.t(creatingCategory.get() || selected.get() instanceof CompetencyCategory
                    ? "competency.categoryNameRequired" : "competency.nameRequired");
        }
        String n = name.get().strip();
        if (creatingCategory.get() || selected.get() instanceof CompetencyCategory) {
            long self = selected.get() instanceof CompetencyCategory c ? c.id() : 0;
            return categories.stream().anyMatch(c -> c.id() != self && c.name().equals(n))
                    ? I18n.t("competency.categoryNameTaken", n) : null;
        }
        long self = selected.get() instanceof Competency c ? c.id() : 0;
        Long in = category.get() == null ? null : category.get().id();
        return competencies.stream().anyMatch(c -> c.id() != self && Objects.equals(c.categoryId(), in)
                && c.name().equals(n)) ? I18n.t("competency.nameTaken", n) : null;
    }

    private void select(Object item) {
        selected.set(item);
        refresh();
    }

    private Object find(Object item) {
        if (item instanceof CompetencyCategory c) {
            return categories.stream().filter(x -> x.id() == c.id()).findFirst().orElse(null);
        }
        if (item instanceof Competency c) {
            return competencies.stream().filter(x -> x.id() == c.id()).findFirst().orElse(null);
        }
        return null;
    }

    CompetencyCategory categoryOf(Competency c) {
        return categories.stream().filter(x -> Objects.equals(x.id(), c.categoryId())).findFirst().orElse(null);
    }

    private String categoryName(Long id) {
        return categories.stream().filter(x -> Objects.equals(x.id(), id)).map(CompetencyCategory::name)
                .findFirst().orElse("");
    }

    private static String subject(String name) {
        return I18n.t("competency.subject", name);
    }

    public ObservableList<CompetencyCategory> categories() {
        return categories;
    }

    public ObservableList<Competency> competencies() {
        return competencies;
    }

    public ObjectProperty<Object> selectedProperty() {
        return selected;
    }

    public BooleanProperty creatingCategoryProperty() {
        return creatingCategory;
    }

    public BooleanProperty creatingCompetencyProperty() {
        return creatingCompetency;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<CompetencyCategory> categoryProperty() {
        return category;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
