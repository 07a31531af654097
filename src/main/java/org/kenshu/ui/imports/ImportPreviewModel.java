package org.kenshu.ui.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.I18n;
import org.kenshu.service.imports.Column;
import org.kenshu.service.imports.Conflict;
import org.kenshu.service.imports.ImportResult;
import org.kenshu.service.imports.SheetSummary;
import org.kenshu.service.imports.Text;

/**
 * The preview of a dry run: counts, every problem, each sheet's headers with what they are read
 * as (editable), and the conflicts with a keep/overwrite choice each. Manual mappings made in
 * earlier previews are kept, so a header the officer set to 「使わない」 can still be brought back.
 */
public final class ImportPreviewModel {
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<MappingRow> mappings = FXCollections.observableArrayList();
    private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problemsTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cappedNote = new ReadOnlyStringWrapper("");
    /** Header key → meaning chosen by hand, accumulated over previews. */
    private final Map<String, Column> manual = new LinkedHashMap<>();

    void show(ImportResult r, boolean skipInvalid) {
        Map<String, ConflictRow.Decision> earlier = new HashMap<>();
        conflicts.forEach(c -> earlier.put(c.conflict().key(), c.decisionProperty().get()));
        result.set(r);
        counts.set(I18n.t("imports.wizard.counts", r.rowsRead(), r.created(), r.updated(), r.unchanged(), r.skipped()));
        headline.set(headline(r, skipInvalid));
        problems.setAll(ProblemRow.of(r.errors(), r.warnings()));
        int total = r.errorCount() + r.warningCount();
        problemsTitle.set(I18n.t("imports.problem.tab", total));
        cappedNote.set(total > problems.size() ? I18n.t("imports.problem.capped", total, problems.size()) : "");
        mappings.setAll(mappingRows(r));
        conflicts.clear();
        for (Conflict c : r.conflicts()) {
            ConflictRow row = new ConflictRow(c);
            row.decisionProperty().set(earlier.getOrDefault(c.key(), ConflictRow.Decision.UNDECIDED));
            conflicts.add(row);
        }
    }

    /** What to do next, in one or two sentences: errors first, then conflicts. */
    private static String headline(ImportResult r, boolean skipInvalid) {
        var parts = new java.util.ArrayList<String>();
        if (r.errorCount() > 0) {
            parts.add(I18n.t(skipInvalid ? "imports.wizard.skipping" : "imports.wizard.hasErrors", r.errorCount()));
        }
        if (!r.conflicts().isEmpty()) {
            parts.add(I18n.t("imports.wizard.hasConflicts", r.conflicts().size()));
        }
        if (parts.isEmpty()) {
            parts.add(r.created() + r.updated() == 0 ? I18n.t("imports.wizard.nothingNew") : I18n.t("imports.wizard.ready"));
        }
        return String.join(" ", parts);
    }

    private java.util.List<MappingRow> mappingRows(ImportResult r) {
        var rows = new java.util.ArrayList<MappingRow>();
        Set<String> shown = new HashSet<>();
        for (SheetSummary s : r.sheets()) {
            String sheet = s.sheet() == null || s.sheet().equals(s.file()) ? s.file() : s.file() + "［" + s.sheet() + "］";
            String place = I18n.t("imports.mapping.placeRow", sheet, s.headerRow());
            s.titleValues().forEach((column, value) -> rows.add(new MappingRow(place,
                    I18n.t("imports.mapping.fromTitle", value), new ColumnChoice(column), true)));
            s.columns().forEach((column, header) -> {
                rows.add(new MappingRow(place, header, new ColumnChoice(column), false));
                shown.add(Text.key(header));
            });
            s.unmapped().forEach(header -> {
                rows.add(new MappingRow(place, header, ColumnChoice.IGNORE, false));
                shown.add(Text.key(header));
            });
            s.dayColumns().forEach(header -> rows.add(new MappingRow(place, header, null, true)));
        }
        manual.forEach((key, column) -> {
            if (!shown.contains(key)) {
                rows.add(new MappingRow(I18n.t("imports.mapping.chosenEarlier"), key, ColumnChoice.IGNORE, false));
            }
        });
        return rows;
    }

    /** The mapping to run with: earlier choices plus what was changed in this preview. */
    Map<String, Column> mapping() {
        for (MappingRow row : mappings) {
            if (row.changed()) {
                manual.put(Text.key(row.header()), row.choiceProperty().get().column());
            }
        }
        return new HashMap<>(manual);
    }

    /** Whether a header was changed since the preview was made (the preview must be redone before commit). */
    boolean mappingChanged() {
        return mappings.stream().anyMatch(MappingRow::changed);
    }

    Map<String, Boolean> decisions() {
        Map<String, Boolean> d = new HashMap<>();
        for (ConflictRow c : conflicts) {
            switch (c.decisionProperty().get()) {
                case KEEP -> d.put(c.conflict().key(), false);
                case OVERWRITE -> d.put(c.conflict().key(), true);
                case UNDECIDED -> { }
            }
        }
        return d;
    }

    boolean allDecided() {
        return conflicts.stream().noneMatch(c -> c.decisionProperty().get() == ConflictRow.Decision.UNDECIDED);
    }

    /** 「すべて残す」 / 「すべて上書き」. */
    public void decideAll(ConflictRow.Decision decision) {
        conflicts.forEach(c -> c.decisionProperty().set(decision));
    }

    public ObjectProperty<ImportResult> resultProperty() {
        return result;
    }

    public ObservableList<ProblemRow> problems() {
        return problems;
    }

    public ObservableList<MappingRow> mappings() {
        return mappings;
    }

    public ObservableList<ConflictRow> conflicts() {
        return conflicts;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** 「問題（128,480）」: every problem counted, also those beyond the listed ones. */
    public ReadOnlyStringProperty problemsTitleProperty() {
        return problemsTitle.getReadOnlyProperty();
    }

    /** Said above the table when only the first problems are listed; "" otherwise. */
    public ReadOnlyStringProperty cappedNoteProperty() {
        return cappedNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }
}
