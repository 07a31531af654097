package org.kenshu.service.imports;

import java.util.Optional;
import org.kenshu.model.Provider;

/** Providers (研修機関) by name for a plan import; a new name is created (and journalled) when first needed. */
final class PlanProviders {
    private final ImportContext ctx;
    private final NamedIndex<Provider> byName = new NamedIndex<>();
    private final java.util.Map<Long, Provider> byId = new java.util.HashMap<>();

    PlanProviders(ImportContext ctx) {
        this.ctx = ctx;
        ctx.repos.providers.findAll().forEach(this::add);
    }

    private void add(Provider p) {
        byName.put(p.name(), p);
        byId.put(p.id(), p);
    }

    /** The stored provider of that name, without creating one. */
    Optional<Long> find(String name) {
        return byName.find(name).map(Provider::id);
    }

    /** The provider of that name, created when new; null for a blank name. */
    Long id(String name) {
        if (name == null) {
            return null;
        }
        var found = byName.find(name);
        if (found.isPresent()) {
            return found.get().id();
        }
        Provider p = ctx.repos.providers.insert(Provider.of(name, false));
        ctx.journal.inserted("provider", p.id());
        add(p);
        return p.id();
    }

    String name(Long id) {
        Provider p = id == null ? null : byId.get(id);
        return p == null ? "" : p.name();
    }
}
