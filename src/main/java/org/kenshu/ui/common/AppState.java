package org.kenshu.ui.common;

import java.time.LocalDate;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.Organisation;
import org.kenshu.model.Wareki;

/** What every page shares: the selected fiscal year and the organisation (its name and how it writes dates). */
public final class AppState {
    private final IntegerProperty fiscalYear = new SimpleIntegerProperty();
    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>(Organisation.unnamed());

    public IntegerProperty fiscalYearProperty() {
        return fiscalYear;
    }

    public int fiscalYear() {
        return fiscalYear.get();
    }

    public ObjectProperty<Organisation> organisationProperty() {
        return organisation;
    }

    public EraDisplay era() {
        return organisation.get().eraDisplay();
    }

    /** 「R8.5.12」 (or 2026/05/12): dates in tables. */
    public String shortDate(LocalDate date) {
        return Wareki.shortDate(date, era());
    }

    /** 「令和8年5月12日」. */
    public String longDate(LocalDate date) {
        return Wareki.longDate(date, era());
    }

    /** 「令和8年度 (2026)」. */
    public String fiscalYearLabel(int year) {
        return Wareki.fiscalYearWithWestern(year, era());
    }
}
