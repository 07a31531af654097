package org.kenshu.service.catalog;

import java.util.Comparator;
import java.util.List;
import org.kenshu.model.I18n;
import org.kenshu.model.Provider;
import org.kenshu.service.RefusedException;
import org.kenshu.service.Tidy;
import org.kenshu.service.imports.Text;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/** 研修機関: internal sections and outside institutions; add, edit, and remove one no course names. */
public final class ProviderService {
    private final Database db;
    private final Repositories repos;

    public ProviderService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
    }

    /** Internal providers first, then by name. */
    public List<Provider> providers() {
        return repos.providers.findAll().stream()
                .sorted(Comparator.comparing((Provider p) -> !p.internal()).thenComparing(Provider::id))
                .toList();
    }

    /** Inserts ({@code id} 0) or updates (version-checked). */
    public Provider save(Provider provider) {
        return db.inTransaction(() -> {
            String name = Tidy.text(provider.name());
            if (name == null || name.isEmpty()) {
                throw new RefusedException(I18n.t("providers.nameRequired"));
            }
            boolean taken = repos.providers.findAll().stream()
                    .anyMatch(p -> p.id() != provider.id() && Text.key(p.name()).equals(Text.key(name)));
            if (taken) {
                throw new RefusedException(I18n.t("providers.nameTaken", name));
            }
            String note = Text.isBlank(provider.note()) ? null : provider.note().strip();
            Provider clean = new Provider(provider.id(), name, provider.internal(), note, provider.version());
            Provider saved = provider.id() == 0 ? repos.providers.insert(clean) : repos.providers.update(clean);
            repos.audit.record(provider.id() == 0 ? "INSERT" : "UPDATE", "provider", saved.id(), saved.name());
            return saved;
        });
    }

    public void delete(Provider provider) {
        db.inTransaction(() -> {
            if (repos.usage.provider(provider.id()) > 0) {
                throw new RefusedException(I18n.t("providers.inUse", provider.name()));
            }
            repos.providers.delete(provider);
            repos.audit.record("DELETE", "provider", provider.id(), provider.name());
        });
    }
}
