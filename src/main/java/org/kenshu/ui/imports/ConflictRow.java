package org.kenshu.ui.imports;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kenshu.model.I18n;
import org.kenshu.service.imports.Conflict;

/** A stored value the file contradicts, with the officer's choice: keep the stored one or take the file's. */
public final class ConflictRow {
    /** The officer's choice for one conflict. */
    public enum Decision {
        UNDECIDED,
        KEEP,
        OVERWRITE;

        public String label() {
            return I18n.t("imports.conflict." + name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final Conflict conflict;
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>(Decision.UNDECIDED);

    ConflictRow(Conflict conflict) {
        this.conflict = conflict;
    }

    public Conflict conflict() {
        return conflict;
    }

    /** 「出欠.xlsx 12行目」. */
    public String place() {
        return conflict.file() + (conflict.row() > 0 ? " " + I18n.t("cli.import.row", conflict.row()) : "");
    }

    public ObjectProperty<Decision> decisionProperty() {
        return decision;
    }
}
