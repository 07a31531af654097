package org.kenshu.ui.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.ImportKind;
import org.kenshu.service.imports.Column;
import org.kenshu.service.imports.ConflictPolicy;
import org.kenshu.service.imports.ImportOptions;

/** The wizard's first step: the kind of file, the files, and the options that kind has. */
public final class ImportOptionsModel {
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> effectiveDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> fiscalYear = new SimpleObjectProperty<>();
    private final BooleanProperty createMissing = new SimpleBooleanProperty();
    private final BooleanProperty markMissingAsLeft = new SimpleBooleanProperty();
    private final BooleanProperty createMissingSessions = new SimpleBooleanProperty();
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty();
    private final ObjectProperty<TriangleChoice> triangle = new SimpleObjectProperty<>(TriangleChoice.ERROR);
    private final BooleanBinding ready;

    ImportOptionsModel(LocalDate today, int fiscalYear) {
        effectiveDate.set(today);
        this.fiscalYear.set(fiscalYear);
        ready = Bindings.createBooleanBinding(() -> kind.get() != null && !files.isEmpty()
                && (kind.get() != ImportKind.PLAN || this.fiscalYear.get() != null)
                && (kind.get() != ImportKind.STAFF || effectiveDate.get() != null), kind, files, this.fiscalYear,
                effectiveDate);
    }

    /** The options for a run: {@code mapping} and {@code decisions} come from the preview. */
    ImportOptions toOptions(boolean dryRun, ConflictPolicy policy, Map<String, Boolean> decisions,
            Map<String, Column> mapping) {
        ImportKind k = kind.get();
        return new ImportOptions(dryRun, skipInvalid.get(), policy, decisions,
                k == ImportKind.STAFF ? effectiveDate.get() : null, k == ImportKind.STAFF && createMissing.get(),
                k == ImportKind.STAFF && markMissingAsLeft.get(), k == ImportKind.STAFF ? null : fiscalYear.get(),
                k == ImportKind.ATTENDANCE && createMissingSessions.get(),
                k == ImportKind.ATTENDANCE ? triangle.get().mark() : null, mapping);
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public ObservableList<Path> files() {
        return files;
    }

    public ObjectProperty<LocalDate> effectiveDateProperty() {
        return effectiveDate;
    }

    public ObjectProperty<Integer> fiscalYearProperty() {
        return fiscalYear;
    }

    public BooleanProperty createMissingProperty() {
        return createMissing;
    }

    public BooleanProperty markMissingAsLeftProperty() {
        return markMissingAsLeft;
    }

    public BooleanProperty createMissingSessionsProperty() {
        return createMissingSessions;
    }

    public BooleanProperty skipInvalidProperty() {
        return skipInvalid;
    }

    public ObjectProperty<TriangleChoice> triangleProperty() {
        return triangle;
    }

    /** A kind and at least one file are chosen, and what the kind needs is filled in. */
    public BooleanBinding readyProperty() {
        return ready;
    }
}
