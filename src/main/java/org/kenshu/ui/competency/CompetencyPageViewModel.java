package org.kenshu.ui.competency;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.I18n;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.Tier;
import org.kenshu.model.TierCompetency;
import org.kenshu.service.CompetencyGrid;
import org.kenshu.service.MatrixService;
import org.kenshu.service.Services;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.Editor;

/**
 * 能力体系: the tier × competency grid. A click on a cell cycles ◎ → ○ → blank and saves at once;
 * the side panel edits the text the chosen tier is expected to show for that competency.
 */
public final class CompetencyPageViewModel {
    /** A cell of the grid: a competency's row and a tier's column. */
    public record CellRef(CompetencyGrid.Row row, Tier tier) {
        TierCompetency cell() {
            return row.cell(tier.id());
        }

        String label() {
            return I18n.t("competency.cellLabel", tier.name(), row.competency().name());
        }
    }

    private final MatrixService matrix;
    private final Editor editor;
    private final AppState state;
    private final ObjectProperty<CompetencyGrid> grid = new SimpleObjectProperty<>(
            new CompetencyGrid(List.of(), List.of(), List.of()));
    private final ObservableList<CompetencyGrid.Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CellRef> selected = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final Set<String> saving = new HashSet<>();
    private final CompetencyModelViewModel model;
    private final SkillMapViewModel skillMaps;

    public CompetencyPageViewModel(Services services, Editor editor, AppState state) {
        this.matrix = services.matrix;
        this.editor = editor;
        this.state = state;
        this.model = new CompetencyModelViewModel(services.competencyModel, services.matrix, editor);
        this.skillMaps = new SkillMapViewModel(services.skillMaps, services.jobCategories, editor);
        selected.addListener((obs, old, cell) -> description.set(cell == null || cell.cell() == null
                || cell.cell().description() == null ? "" : cell.cell().description()));
    }

    public void refresh() {
        editor.tasks().run(I18n.t("task.loadingCompetencies"), p -> matrix.grid(), g -> {
            CellRef was = selected.get();
            grid.set(g);
            rows.setAll(g.rows());
            selected.set(was == null ? null : find(was.row().competency().id(), was.tier().id()));
        });
        model.refresh();
        skillMaps.refresh();
    }

    /** A click (or Space) on a cell: the next mark, saved at once. Ignored while that cell is being saved. */
    public void cycle(CompetencyGrid.Row row, Tier tier) {
        CellRef ref = new CellRef(row, tier);
        selected.set(ref);
        if (!saving.add(key(ref))) {
            return;
        }
        TierCompetency cell = ref.cell();
        write(ref, cell, RequirementLevel.next(cell == null ? null : cell.level()),
                cell == null ? null : cell.description());
    }

    /** Saves the side panel's text for the chosen cell (Enter in the panel is Ctrl+Enter: the text has lines). */
    public void saveDescription() {
        CellRef ref = selected.get();
        if (ref == null || !saving.add(key(ref))) {
            return;
        }
        TierCompetency cell = ref.cell();
        write(ref, cell, cell == null ? null : cell.level(), description.get());
    }

    public void cancelDescription() {
        CellRef ref = selected.get();
        description.set(ref == null || ref.cell() == null || ref.cell().description() == null ? ""
                : ref.cell().description());
    }

    private void write(CellRef ref, TierCompetency expected, RequirementLevel level, String text) {
        long tierId = ref.tier().id();
        long competencyId = ref.row().competency().id();
        editor.save(ref.label(), p -> java.util.Optional.ofNullable(matrix.save(tierId, competencyId, expected, level,
                text)), saved -> {
                    TierCompetency now = saved.orElse(null);
                    replace(ref, now);
                    editor.saved(I18n.t("competency.cellSaved", ref.label(), mark(now)),
                            I18n.t("competency.undoCell", ref.label()),
                            p -> matrix.revert(tierId, competencyId, now, expected), this::refresh);
                }, stored -> conflict(ref, (TierCompetency) stored, level, text), () -> saving.remove(key(ref)));
    }

    /** The cell changed elsewhere: both marks and texts side by side. */
    private void conflict(CellRef ref, TierCompetency stored, RequirementLevel level, String text) {
        var fields = List.of(
                new ConflictField(I18n.t("competency.level"), mark(stored), level == null ? "" : level.mark()),
                new ConflictField(I18n.t("competency.description"), stored == null || stored.description() == null
                        ? "" : stored.description(), text == null ? "" : text));
        if (editor.keepMine(ref.label(), fields)) {
            replace(ref, stored);
            CellRef fresh = find(ref.row().competency().id(), ref.tier().id());
            saving.add(key(fresh));
            write(fresh, stored, level, text);
        } else {
            refresh();
        }
    }

    /** Puts the stored cell into its row (rows are immutable: the row is replaced). */
    private void replace(CellRef ref, TierCompetency cell) {
        int index = indexOf(ref.row().competency().id());
        if (index < 0) {
            return;
        }
        CompetencyGrid.Row old = rows.get(index);
        Map<Long, TierCompetency> cells = new java.util.HashMap<>(old.cells());
        if (cell == null) {
            cells.remove(ref.tier().id());
        } else {
            cells.put(ref.tier().id(), cell);
        }
        CompetencyGrid.Row row = new CompetencyGrid.Row(old.competency(), old.category(), Map.copyOf(cells));
        rows.set(index, row);
        if (selected.get() != null && selected.get().row().competency().id() == row.competency().id()) {
            selected.set(new CellRef(row, selected.get().tier()));
        }
    }

    private CellRef find(long competencyId, long tierId) {
        int index = indexOf(competencyId);
        Tier tier = grid.get().tiers().stream().filter(t -> t.id() == tierId).findFirst().orElse(null);
        return index < 0 || tier == null ? null : new CellRef(rows.get(index), tier);
    }

    private int indexOf(long competencyId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).competency().id() == competencyId) {
                return i;
            }
        }
        return -1;
    }

    private static String key(CellRef ref) {
        return ref.row().competency().id() + "/" + ref.tier().id();
    }

    private static String mark(TierCompetency c) {
        return c == null || c.level() == null ? I18n.t("competency.blank") : c.level().mark();
    }

    /** The heading of the printed grid: the city and what the marks mean. */
    public String printTitle() {
        String city = state.organisationProperty().get().name();
        return I18n.t("competency.printTitle", city == null ? "" : city);
    }

    public ObjectProperty<CompetencyGrid> gridProperty() {
        return grid;
    }

    public ObservableList<CompetencyGrid.Row> rows() {
        return rows;
    }

    public ObjectProperty<CellRef> selectedProperty() {
        return selected;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public CompetencyModelViewModel model() {
        return model;
    }

    public SkillMapViewModel skillMaps() {
        return skillMaps;
    }
}
