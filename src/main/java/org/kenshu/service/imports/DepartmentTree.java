package org.kenshu.service.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.Department;
import org.kenshu.store.ImportJournal;
import org.kenshu.store.Repositories;

/** Finds departments by path (「総務部 人事課」), creating the missing parts of the tree as the file names them. */
final class DepartmentTree {
    private final Repositories repos;
    private final ImportJournal journal;
    /** parent id (0 for the top) + "/" + name key → department. */
    private final Map<String, Department> byParentAndName = new HashMap<>();

    DepartmentTree(Repositories repos, ImportJournal journal) {
        this.repos = repos;
        this.journal = journal;
        repos.departments.findAll().stream().filter(d -> d.mergedIntoId() == null).forEach(this::index);
    }

    private void index(Department d) {
        byParentAndName.put(key(d.parentId(), d.name()), d);
    }

    private static String key(Long parentId, String name) {
        return (parentId == null ? 0 : parentId) + "/" + Text.key(name);
    }

    /** The department at the end of {@code path} (parts from the top), created when missing. */
    Department resolve(List<String> path) {
        Department current = null;
        for (String part : path) {
            Long parent = current == null ? null : current.id();
            Department found = byParentAndName.get(key(parent, part));
            if (found == null) {
                found = repos.departments.insert(parent == null ? Department.root(part) : Department.child(part, parent));
                journal.inserted("department", found.id());
                index(found);
            }
            current = found;
        }
        return current;
    }

    /**
     * The path a row gives: separate 部 and 課 columns, or one 所属 cell 「総務部 人事課」 (also
     * 「総務部／人事課」). A single name matching exactly one existing department anywhere is that one.
     */
    List<String> path(String division, String department) {
        if (division != null && department != null) {
            return List.of(Text.clean(division), Text.clean(department));
        }
        String whole = division != null ? division : department;
        List<String> parts = List.of(Text.clean(whole).split("\\s+|[/／>＞]"));
        if (parts.size() == 1) {
            List<Department> named = byParentAndName.values().stream()
                    .filter(d -> Text.key(d.name()).equals(Text.key(parts.getFirst()))).toList();
            if (named.size() == 1) {
                return pathOf(named.getFirst());
            }
        }
        return parts.stream().filter(p -> !p.isBlank()).toList();
    }

    private List<String> pathOf(Department d) {
        var all = new HashMap<Long, Department>();
        byParentAndName.values().forEach(x -> all.put(x.id(), x));
        var path = new java.util.ArrayList<String>();
        for (Department cur = d; cur != null; cur = cur.parentId() == null ? null : all.get(cur.parentId())) {
            path.addFirst(cur.name());
        }
        return path;
    }
}
