package org.kenshu.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kenshu.model.Direction;
import org.kenshu.model.I18n;
import org.kenshu.model.Initiative;
import org.kenshu.model.InitiativeYear;
import org.kenshu.model.Pillar;
import org.kenshu.model.StaleEditException;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * The shape of the 実施計画: adds, renames, reorders and deletes 柱, 方向性 and 取組, each in one
 * transaction with an audit line and a version check. A delete never takes officer-entered text
 * with it: an item with children, or an initiative with a year that has any 計画/実績, is refused
 * with a message that says what is under it.
 */
public final class InitiativeEditService {
    static final int NAME_MAX = 200;
    private final Database db;
    private final Repositories repos;

    public InitiativeEditService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
    }

    /** The three levels of the plan. */
    public enum Level {
        PILLAR("pillar", "initiatives.level.pillar"), DIRECTION("direction", "initiatives.level.direction"),
        INITIATIVE("initiative", "initiatives.level.initiative");

        final String table;
        private final String key;

        Level(String table, String key) {
            this.table = table;
            this.key = key;
        }

        /** 柱 / 方向性 / 取組. */
        public String label() {
            return I18n.t(key);
        }
    }

    /** One item of the plan as this service edits it; {@code parentId} is 0 for a pillar. */
    public record Item(Level level, long id, long parentId, String name, int sortOrder, int version) {
    }

    public Item pillar(Pillar p) {
        return new Item(Level.PILLAR, p.id(), 0, p.name(), p.sortOrder(), p.version());
    }

    public Item direction(Direction d) {
        return new Item(Level.DIRECTION, d.id(), d.pillarId(), d.name(), d.sortOrder(), d.version());
    }

    public Item initiative(Initiative i) {
        return new Item(Level.INITIATIVE, i.id(), i.directionId(), i.name(), i.sortOrder(), i.version());
    }

    /** The item for a stored pillar, direction or initiative (as a StaleEditException carries it). */
    public Item of(Object stored) {
        return switch (stored) {
            case Pillar p -> pillar(p);
            case Direction d -> direction(d);
            case Initiative i -> initiative(i);
            default -> throw new IllegalArgumentException(String.valueOf(stored));
        };
    }

    /** The item as stored now (for undo, which must start from the current version). */
    public Item current(Level level, long id) {
        return switch (level) {
            case PILLAR -> pillar(repos.pillars.get(id));
            case DIRECTION -> direction(repos.directions.get(id));
            case INITIATIVE -> initiative(repos.initiatives.get(id));
        };
    }

    /** What is wrong with {@code name} for a new or renamed item under {@code parentId}; empty when fine. */
    public List<String> problems(Level level, long parentId, long selfId, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return List.of(I18n.t("initiatives.tree.nameRequired", level.label()));
        }
        if (n.length() > NAME_MAX) {
            return List.of(I18n.t("initiatives.tree.nameTooLong", NAME_MAX));
        }
        boolean taken = siblings(level, parentId).stream().anyMatch(s -> s.id() != selfId && s.name().equals(n));
        return taken ? List.of(I18n.t("initiatives.tree.nameTaken", level.label(), n)) : List.of();
    }

    /** Adds an item at the end of its parent (a pillar: at the end of the plan). */
    public Item add(Level level, long parentId, String name) {
        check(problems(level, parentId, 0, name));
        String n = name.strip();
        return db.inTransaction(() -> {
            int order = siblings(level, parentId).stream().mapToInt(Item::sortOrder).max().orElse(0) + 1;
            Item added = switch (level) {
                case PILLAR -> pillar(repos.pillars.insert(new Pillar(0, code(level, parentId), n, order, 0)));
                case DIRECTION -> direction(repos.directions.insert(
                        new Direction(0, parentId, code(level, parentId), n, order, 0)));
                case INITIATIVE -> initiative(repos.initiatives.insert(
                        new Initiative(0, parentId, code(level, parentId), n, null, order, 0)));
            };
            repos.audit.record("INSERT", level.table, added.id(), n);
            return added;
        });
    }

    /** Renames an item (version checked). */
    public Item rename(Item item, String name) {
        check(problems(item.level(), item.parentId(), item.id(), name));
        String n = name.strip();
        return db.inTransaction(() -> {
            Item saved = write(item, n, item.sortOrder(), item.version());
            repos.audit.record("UPDATE", item.level().table, item.id(), item.name() + " → " + n);
            return saved;
        });
    }

    /**
     * Moves an item one place up ({@code -1}) or down ({@code +1}) among its siblings; false when it
     * is already first or last. Siblings are renumbered 1, 2, 3… so equal sort orders cannot stall a move.
     */
    public boolean move(Item item, int step) {
        return db.inTransaction(() -> {
            List<Item> order = new ArrayList<>(siblings(item.level(), item.parentId()));
            int at = -1;
            for (int k = 0; k < order.size(); k++) {
                if (order.get(k).id() == item.id()) {
                    at = k;
                }
            }
            int to = at + step;
            if (at < 0 || to < 0 || to >= order.size()) {
                return false;
            }
            // The moved item carries the version the officer saw, so a change underneath is caught.
            order.set(at, item);
            order.add(to, order.remove(at));
            for (int k = 0; k < order.size(); k++) {
                Item s = order.get(k);
                if (s.sortOrder() != k + 1 || s.id() == item.id()) {
                    write(s, s.name(), k + 1, s.version());
                }
            }
            repos.audit.record("UPDATE", item.level().table, item.id(), item.name() + (step < 0 ? " ↑" : " ↓"));
            return true;
        });
    }

    /** Why {@code item} cannot be deleted, or empty when it can. */
    public List<String> deleteProblems(Item item) {
        return switch (item.level()) {
            case PILLAR -> refuse("initiatives.tree.pillarHasDirections", siblings(Level.DIRECTION, item.id()).size());
            case DIRECTION -> refuse("initiatives.tree.directionHasInitiatives",
                    siblings(Level.INITIATIVE, item.id()).size());
            case INITIATIVE -> refuse("initiatives.tree.initiativeHasYears", (int) repos.initiativeYears
                    .findByInitiative(item.id()).stream().filter(InitiativeEditService::hasContent).count());
        };
    }

    /** Deletes an item with nothing under it (an initiative's empty year rows go with it). */
    public void delete(Item item) {
        db.inTransaction(() -> {
            check(deleteProblems(item));
            switch (item.level()) {
                case PILLAR -> {
                    Pillar p = repos.pillars.find(item.id()).orElseThrow(() -> gone(item));
                    repos.pillars.delete(new Pillar(p.id(), p.code(), p.name(), p.sortOrder(), item.version()));
                }
                case DIRECTION -> {
                    Direction d = repos.directions.find(item.id()).orElseThrow(() -> gone(item));
                    repos.directions.delete(new Direction(d.id(), d.pillarId(), d.code(), d.name(), d.sortOrder(),
                            item.version()));
                }
                case INITIATIVE -> {
                    Initiative i = repos.initiatives.find(item.id()).orElseThrow(() -> gone(item));
                    if (i.version() != item.version()) {
                        throw new StaleEditException(item.level().table, item.id(), i);
                    }
                    // Only year rows without any text or count are left (deleteProblems checked); they go first.
                    repos.initiativeYears.findByInitiative(item.id()).forEach(repos.initiativeYears::delete);
                    repos.initiatives.delete(i);
                }
            }
            repos.audit.record("DELETE", item.level().table, item.id(), item.name());
        });
    }

    /** The items under {@code parentId} in plan order. */
    public List<Item> siblings(Level level, long parentId) {
        List<Item> items = switch (level) {
            case PILLAR -> repos.pillars.findAll().stream().map(this::pillar).toList();
            case DIRECTION -> repos.directions.findAll().stream().filter(d -> d.pillarId() == parentId)
                    .map(this::direction).toList();
            case INITIATIVE -> repos.initiatives.findAll().stream().filter(i -> i.directionId() == parentId)
                    .map(this::initiative).toList();
        };
        return items.stream().sorted(Comparator.comparingInt(Item::sortOrder).thenComparingLong(Item::id)).toList();
    }

    private Item write(Item item, String name, int sortOrder, int version) {
        return switch (item.level()) {
            case PILLAR -> {
                Pillar p = repos.pillars.find(item.id()).orElseThrow(() -> gone(item));
                yield pillar(repos.pillars.update(new Pillar(p.id(), p.code(), name, sortOrder, version)));
            }
            case DIRECTION -> {
                Direction d = repos.directions.find(item.id()).orElseThrow(() -> gone(item));
                yield direction(repos.directions.update(
                        new Direction(d.id(), d.pillarId(), d.code(), name, sortOrder, version)));
            }
            case INITIATIVE -> {
                Initiative i = repos.initiatives.find(item.id()).orElseThrow(() -> gone(item));
                yield initiative(repos.initiatives.update(new Initiative(i.id(), i.directionId(), i.code(), name,
                        i.description(), sortOrder, version)));
            }
        };
    }

    /** A code no row of the level has yet: P3, P3_D2, P3_D2_I4 (the preset's pattern). */
    private String code(Level level, long parentId) {
        Set<String> used = new HashSet<>();
        String prefix = switch (level) {
            case PILLAR -> {
                repos.pillars.findAll().forEach(p -> used.add(p.code()));
                yield "P";
            }
            case DIRECTION -> {
                repos.directions.findAll().forEach(d -> used.add(d.code()));
                yield repos.pillars.get(parentId).code() + "_D";
            }
            case INITIATIVE -> {
                repos.initiatives.findAll().forEach(i -> used.add(i.code()));
                yield repos.directions.get(parentId).code() + "_I";
            }
        };
        int n = 1;
        while (used.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    /** Someone else deleted the item meanwhile: a stale edit with nothing stored. */
    private static StaleEditException gone(Item item) {
        return new StaleEditException(item.level().table, item.id(), null);
    }

    static boolean hasContent(InitiativeYear y) {
        return notBlank(y.planText()) || notBlank(y.resultText()) || y.planCount() != null
                || y.resultCount() != null || notBlank(y.countSource());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static List<String> refuse(String key, int count) {
        return count == 0 ? List.of() : List.of(I18n.t(key, count));
    }

    private static void check(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
    }
}
