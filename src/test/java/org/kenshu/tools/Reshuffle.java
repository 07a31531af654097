package org.kenshu.tools;

import static org.kenshu.tools.SampleOrganisation.SHUJI;
import static org.kenshu.tools.SampleOrganisation.SHUNIN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.kenshu.tools.SampleOrganisation.DeptDef;

/**
 * 人事異動 effective 2026-04-01: leavers (3/31, plus two who left on 2025-12-31), promotion chains
 * that fill each leaver's post from the tier below in the same 部, seniority promotions to 主任級,
 * transfers, leave changes and new hires. The result is the 2026-04-01 roster, leavers included.
 */
final class Reshuffle {
    static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
    static final LocalDate MID_YEAR = LocalDate.of(2025, 12, 31);

    private final Random random = new Random(20260401L);
    private final Set<SampleNames.Name> keep;
    private final SampleNames names;
    private final List<Person> people = new ArrayList<>();
    private final Set<Person> touched = new LinkedHashSet<>();
    final List<Person> promoted = new ArrayList<>();
    final List<Person> transferred = new ArrayList<>();
    final List<Person> hired = new ArrayList<>();
    final List<Person> leavers = new ArrayList<>();

    Reshuffle(List<Person> roster2025, Set<SampleNames.Name> keep, SampleNames names) {
        roster2025.forEach(p -> people.add(p.copy()));
        this.keep = keep;
        this.names = names;
    }

    List<Person> run() {
        // two 新任主任 who left on 2025-12-31, before their FY2025 session (see Nominator)
        leave(p -> p.tier.equals(SHUNIN) && StaffGenerator.APRIL_2025.equals(p.promoted), 2, MID_YEAR, false);
        Map<String, Integer> retire = Map.of("BUCHO", 2, "JICHO", 2, "KACHO", 3, "SHUKAN", 1);
        for (String tier : List.of("BUCHO", "JICHO", "KACHO", "SHUKAN")) {
            leave(p -> p.tier.equals(tier), retire.get(tier), MARCH_31, true);
        }
        leave(p -> p.tier.equals(SHUJI) && p.isRegular(), 5, MARCH_31, false);
        leave(p -> p.tier.equals(SHUNIN), 3, MARCH_31, false);
        leave(p -> p.tier.equals("SHUSA"), 1, MARCH_31, false);
        leave(p -> !p.isRegular(), 3, MARCH_31, false);
        for (Person gone : List.copyOf(leavers)) {
            if (gone.rank() >= 3 && gone.left.equals(MARCH_31)) {
                fill(gone.dept, gone.rank());
            }
        }
        seniority(SHUJI, SHUNIN, 12);
        seniority(SHUNIN, "SHUSA", 3);
        transfers(30);
        leaves();
        hire();
        return people.stream().sorted(Comparator.comparing(p -> p.employeeNo)).toList();
    }

    private void leave(java.util.function.Predicate<Person> which, int count, LocalDate on, boolean oldest) {
        List<Person> candidates = new ArrayList<>(free().filter(which).toList());
        if (oldest) {
            candidates.sort(Comparator.comparing((Person p) -> p.hired).thenComparing(p -> p.employeeNo));
        } else {
            java.util.Collections.shuffle(candidates, random);
        }
        for (Person p : candidates.subList(0, count)) {
            p.status = Person.LEFT;
            p.left = on;
            leavers.add(p);
            touched.add(p);
        }
    }

    /** Promote someone into a post at {@code rank} in the 部 of {@code dept}; their post is filled in turn. */
    private void fill(DeptDef dept, int rank) {
        if (rank <= 2) {
            return;
        }
        for (int below = rank - 1; below >= Math.max(1, rank - 2); below--) {
            int r = below;
            Person pick = free().filter(p -> p.isRegular() && p.rank() == r && p.dept.bu().equals(dept.bu()))
                    .min(Comparator.comparing((Person p) -> p.hired).thenComparing(p -> p.employeeNo))
                    .orElse(null);
            if (pick != null) {
                DeptDef old = pick.dept;
                promote(pick, SampleOrganisation.TIERS.get(rank - 1).code());
                pick.dept = dept;
                fill(old, r);
                return;
            }
        }
    }

    private void seniority(String from, String to, int count) {
        free().filter(p -> p.isRegular() && p.tier.equals(from) && !p.job.equals("LABOR"))
                .sorted(Comparator.comparing((Person p) -> p.hired).thenComparing(p -> p.employeeNo))
                .limit(count).toList().forEach(p -> promote(p, to));
    }

    private void promote(Person p, String tier) {
        p.tier = tier;
        p.promoted = APRIL_2026;
        promoted.add(p);
        touched.add(p);
    }

    private void transfers(int count) {
        List<Person> pool = new ArrayList<>(free().filter(p -> p.job.equals("GENERAL") || p.job.equals("TECHNICAL"))
                .filter(p -> !p.dept.bu().equals("消防本部") && p.rank() <= 5).toList());
        java.util.Collections.shuffle(pool, random);
        for (Person p : pool.subList(0, count)) {
            List<DeptDef> targets = SampleOrganisation.DEPARTMENTS.stream()
                    .filter(d -> d != p.dept && d.mix().contains(p.job) && !d.bu().equals("消防本部")).toList();
            p.dept = targets.get(random.nextInt(targets.size()));
            transferred.add(p);
            touched.add(p);
        }
    }

    private void leaves() {
        List<Person> onLeave = people.stream().filter(p -> !p.isActive() && p.left == null).toList();
        for (int i = 0; i < onLeave.size(); i++) {
            if (i % 3 != 2) {
                onLeave.get(i).status = Person.ACTIVE; // back from leave
            }
        }
        List<Person> pool = new ArrayList<>(free().filter(p -> p.isRegular() && p.rank() <= 3).toList());
        java.util.Collections.shuffle(pool, random);
        for (int i = 0; i < 6; i++) {
            pool.get(i).status = i < 5 ? Person.CHILDCARE_LEAVE : Person.SUSPENDED;
            touched.add(pool.get(i));
        }
    }

    private void hire() {
        int nextRegular = people.stream().filter(Person::isRegular)
                .mapToInt(p -> Integer.parseInt(p.employeeNo)).max().orElseThrow() + 1;
        int nextPartTime = people.stream().filter(p -> !p.isRegular())
                .mapToInt(p -> Integer.parseInt(p.employeeNo)).max().orElseThrow() + 1;
        String plan = "GENERAL:13,TECHNICAL:3,CHILDCARE:2,NURSE:1,FIRE:4,PART_TIME:2";
        for (String part : plan.split(",")) {
            String[] kv = part.split(":");
            List<DeptDef> homes = SampleOrganisation.DEPARTMENTS.stream().filter(d -> d.mix().contains(kv[0])).toList();
            for (int i = 0; i < Integer.parseInt(kv[1]); i++) {
                boolean regular = !kv[0].equals("PART_TIME");
                String no = String.format("%05d", regular ? nextRegular : nextPartTime);
                if (regular) {
                    nextRegular += 1 + random.nextInt(2);
                } else {
                    nextPartTime++;
                }
                DeptDef home = homes.get(random.nextInt(homes.size()));
                Person p = new Person(no, names.next(), APRIL_2026, home, SHUJI, kv[0]);
                people.add(p);
                hired.add(p);
                touched.add(p);
            }
        }
    }

    /** Active staff not yet moved this reshuffle and not reserved for the special cases. */
    private java.util.stream.Stream<Person> free() {
        return people.stream().filter(p -> p.isActive() && !touched.contains(p) && !keep.contains(p.name)
                && !p.hired.equals(StaffGenerator.APRIL_2025));
    }
}
