package org.kenshu.service.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kenshu.model.Staff;

/**
 * Finds the staff member a row means (DESIGN.md §4): by employee number; without one, by name
 * (family+given, spaces ignored), then by kana — never guessing between two people. When nobody
 * matches, the closest names are offered as candidates.
 */
public final class StaffIndex {
    private final EmployeeNumbers numbers;
    private final Map<Long, Staff> byId = new HashMap<>();
    private final Map<String, List<Staff>> byName = new HashMap<>();
    private final Map<String, List<Staff>> byKana = new HashMap<>();

    public StaffIndex(List<Staff> staff) {
        Map<String, Long> stored = new HashMap<>();
        staff.forEach(s -> stored.put(s.employeeNo(), s.id()));
        numbers = new EmployeeNumbers(stored);
        staff.forEach(this::index);
    }

    /** Adds a staff member created during this import. */
    public void add(Staff s) {
        numbers.add(s.employeeNo(), s.id());
        index(s);
    }

    private void index(Staff s) {
        byId.put(s.id(), s);
        byName.computeIfAbsent(Text.key(s.name()), k -> new ArrayList<>()).add(s);
        if (s.kana() != null) {
            byKana.computeIfAbsent(Text.kanaKey(s.kana()), k -> new ArrayList<>()).add(s);
        }
    }

    public EmployeeNumbers numbers() {
        return numbers;
    }

    public Staff get(long id) {
        return byId.get(id);
    }

    public Optional<Staff> byNumber(String number) {
        Long id = numbers.find(number);
        return id == null ? Optional.empty() : Optional.of(byId.get(id));
    }

    /** People with this name (or, when the name is absent, this kana). */
    public List<Staff> byName(String name, String kana) {
        if (name != null) {
            List<Staff> found = byName.getOrDefault(Text.key(name), List.of());
            if (found.size() > 1 && kana != null) {
                List<Staff> narrowed = found.stream()
                        .filter(s -> s.kana() != null && Text.kanaKey(s.kana()).equals(Text.kanaKey(kana))).toList();
                return narrowed.isEmpty() ? found : narrowed;
            }
            return found;
        }
        return kana == null ? List.of() : byKana.getOrDefault(Text.kanaKey(kana), List.of());
    }

    /** The {@code limit} stored names closest to {@code name}, as 「00123 山田 太郎」. */
    public List<String> closest(String name, int limit) {
        if (name == null) {
            return List.of();
        }
        String key = Text.key(name);
        return byId.values().stream()
                .sorted(Comparator.comparingInt((Staff s) -> distance(key, Text.key(s.name())))
                        .thenComparing(Staff::employeeNo))
                .limit(limit)
                .map(s -> s.employeeNo() + " " + s.name())
                .toList();
    }

    /** Levenshtein distance, small strings only (names). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
