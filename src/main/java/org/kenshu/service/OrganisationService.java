package org.kenshu.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.Organisation;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/** The organisation's settings and the fiscal years there is something to show for. */
public final class OrganisationService {
    private final Database db;
    private final Repositories repos;
    private final Clock clock;

    public OrganisationService(Database db, Repositories repos, Clock clock) {
        this.db = db;
        this.repos = repos;
        this.clock = clock;
    }

    /** The settings; an unnamed default before the first run's choice. */
    public Organisation organisation() {
        return repos.organisation.find().orElse(Organisation.unnamed());
    }

    /** True before the first run's choice (sample city, preset or empty) has been made. */
    public boolean isUnset() {
        return repos.organisation.find().isEmpty();
    }

    public Organisation save(Organisation organisation) {
        return db.inTransaction(() -> {
            Organisation saved = repos.organisation.save(organisation);
            repos.audit.record("UPDATE", "organisation", 1L, "settings");
            return saved;
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public FiscalYear currentFiscalYear() {
        return FiscalYear.containing(today(), organisation().fiscalYearStartMonth());
    }

    /** Planned years plus the current and next fiscal year, oldest first. */
    public List<Integer> selectableYears() {
        var years = new TreeSet<>(repos.plans.fiscalYears());
        int current = currentFiscalYear().year();
        years.add(current);
        years.add(current + 1);
        return List.copyOf(years);
    }
}
