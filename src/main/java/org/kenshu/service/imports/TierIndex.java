package org.kenshu.service.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kenshu.model.Tier;
import org.kenshu.model.TierAlias;

/**
 * Matches tier names tolerantly: full/half width and spaces ignored, 「主任」 = 「主任級」 (a trailing
 * 級 or 職 is optional), aliases, codes, and each part of a name like 「主事・主事補級」 when that part
 * belongs to one tier only.
 */
public final class TierIndex {
    private final Map<String, Tier> exact = new HashMap<>();
    private final Map<String, Tier> loose = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    public TierIndex(List<Tier> tiers, List<TierAlias> aliases) {
        Map<Long, Tier> byId = new HashMap<>();
        for (Tier t : tiers) {
            add(t);
        }
        tiers.forEach(t -> byId.put(t.id(), t));
        for (TierAlias a : aliases) {
            Tier t = byId.get(a.tierId());
            if (t != null) {
                exact.put(Text.key(a.alias()), t);
            }
        }
    }

    public void add(Tier t) {
        exact.put(Text.key(t.name()), t);
        exact.put(Text.key(t.code()), t);
        String base = stripSuffix(Text.key(t.name()));
        putLoose(base, t);
        for (String part : base.split("・")) {
            putLoose(stripSuffix(part), t);
        }
    }

    private void putLoose(String key, Tier t) {
        if (key.isEmpty() || ambiguous.contains(key)) {
            return;
        }
        Tier old = loose.putIfAbsent(key, t);
        if (old != null && old.id() != t.id()) {
            loose.remove(key);
            ambiguous.add(key);
        }
    }

    public Optional<Tier> find(String name) {
        String key = Text.key(name);
        Tier t = exact.get(key);
        return Optional.ofNullable(t != null ? t : loose.get(stripSuffix(key)));
    }

    private static String stripSuffix(String key) {
        return key.endsWith("級") || key.endsWith("職") ? key.substring(0, key.length() - 1) : key;
    }

    /**
     * Tiers named in a target cell: 「主任級、主査級」 or 「課長級・次長級」 — 「・」 separates only where it is
     * not part of a tier's own name (「主事・主事補級」). Returns null (and leaves {@code unknown}
     * filled) when a name matches no tier.
     */
    public List<Tier> findAll(String text, List<String> unknown) {
        List<Tier> found = new java.util.ArrayList<>();
        for (String piece : Text.clean(text).split("[、,，/／]")) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            Optional<Tier> whole = find(p);
            if (whole.isPresent()) {
                found.add(whole.get());
                continue;
            }
            for (String part : p.split("・")) {
                find(part).ifPresentOrElse(found::add, () -> unknown.add(part));
            }
        }
        return unknown.isEmpty() ? found : null;
    }
}
