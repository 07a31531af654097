package org.kenshu.tools;

import static org.kenshu.tools.SampleOrganisation.BUCHO;
import static org.kenshu.tools.SampleOrganisation.JICHO;
import static org.kenshu.tools.SampleOrganisation.KACHO;
import static org.kenshu.tools.SampleOrganisation.SHUJI;
import static org.kenshu.tools.SampleOrganisation.SHUKAN;
import static org.kenshu.tools.SampleOrganisation.SHUNIN;
import static org.kenshu.tools.SampleOrganisation.SHUSA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kenshu.tools.SampleOrganisation.DeptDef;

/** The staff of さくら台市 on 2025-04-01: departments filled, a tier pyramid, hire and promotion dates. */
final class StaffGenerator {
    static final LocalDate APRIL_2025 = LocalDate.of(2025, 4, 1);
    /** Promotions of the 2025-04-01 reshuffle per tier (the FY2025 新任 courses' population). */
    private static final Map<String, Integer> PROMOTED_2025 = Map.of(
            SHUNIN, 14, SHUSA, 10, SHUKAN, 7, KACHO, 5, JICHO, 3, BUCHO, 2);
    /** Completed years of service per tier: [min, max]. */
    private static final Map<String, int[]> SERVICE = Map.of(
            SHUJI, new int[] {1, 8}, SHUNIN, new int[] {7, 16}, SHUSA, new int[] {12, 22},
            SHUKAN, new int[] {17, 28}, KACHO, new int[] {22, 33}, JICHO, new int[] {28, 36},
            BUCHO, new int[] {31, 38});

    private final Random random = new Random(20250401L);
    private final SampleNames names;
    private final List<Person> staff = new ArrayList<>();
    private final java.util.Set<SampleNames.Name> keep = new java.util.HashSet<>();

    StaffGenerator(SampleNames names) {
        this.names = names;
    }

    /** Slots of (department, job category) with tiers, still without names and numbers. */
    private record Slot(DeptDef dept, String job, String[] tier) {
    }

    List<Person> generate() {
        List<Slot> slots = new ArrayList<>();
        for (DeptDef d : SampleOrganisation.DEPARTMENTS) {
            for (String part : d.mix().split(",")) {
                String[] kv = part.split(":");
                for (int i = 0; i < Integer.parseInt(kv[1]); i++) {
                    slots.add(new Slot(d, kv[0], new String[1]));
                }
            }
        }
        assignLeaders(slots);
        assignRest(slots);
        for (Slot s : slots) {
            staff.add(new Person("", names.next(), hireDate(s), s.dept(), s.tier()[0], s.job()));
        }
        assignPromotions();
        specialCases();
        return staff;
    }

    /**
     * Names only windows-31j and Unicode spell (髙橋, 山﨑), one pair of namesakes (同姓同名) in
     * different departments, and one hire on 令和元年10月1日. These staff stay in 在職 both years.
     */
    private void specialCases() {
        Person takahashi = first("税務課", SHUNIN, "GENERAL");
        takahashi.name = names.withFamily("髙橋", "タカハシ");
        Person yamazaki = first("道路課", SHUJI, "TECHNICAL");
        yamazaki.name = names.withFamily("山﨑", "ヤマザキ");
        Person one = first("市民課", SHUJI, "GENERAL");
        Person other = first("消防署", SHUNIN, "FIRE");
        other.name = one.name;
        Person gannen = staff.stream().filter(p -> p.tier.equals(SHUJI) && p.job.equals("GENERAL")
                && p.isActive() && p.hired.equals(LocalDate.of(2020, 4, 1))).findFirst().orElseThrow();
        gannen.hired = LocalDate.of(2019, 10, 1);
        for (Person p : List.of(takahashi, yamazaki, one, other, gannen)) {
            keep.add(p.name);
        }
    }

    private Person first(String ka, String tier, String job) {
        return staff.stream().filter(p -> p.dept.ka().equals(ka) && p.tier.equals(tier) && p.job.equals(job)
                && p.isActive() && !APRIL_2025.equals(p.hired) && !APRIL_2025.equals(p.promoted))
                .findFirst().orElseThrow(() -> new IllegalStateException(ka + " " + tier));
    }

    /** Names of staff the 2026 reshuffle must leave in place. */
    java.util.Set<SampleNames.Name> keep() {
        return keep;
    }

    private void assignLeaders(List<Slot> slots) {
        Map<String, List<DeptDef>> bus = new LinkedHashMap<>();
        SampleOrganisation.DEPARTMENTS.forEach(d -> bus.computeIfAbsent(d.bu(), k -> new ArrayList<>()).add(d));
        for (List<DeptDef> kas : bus.values()) {
            long size = slots.stream().filter(s -> kas.contains(s.dept())).count();
            take(slots, kas.get(0), BUCHO, null);
            int jicho = size >= 60 ? 2 : size >= 25 ? 1 : 0;
            for (int i = 0; i < jicho; i++) {
                take(slots, kas.get(Math.min(i + 1, kas.size() - 1)), JICHO, null);
            }
            for (DeptDef ka : kas) {
                take(slots, ka, KACHO, null);
            }
        }
        // 保育所長, 消防署の課長級, 市民課・健康づくり課の担当課長
        DeptDef hoiku = dept("保育課");
        for (int i = 0; i < 3; i++) {
            take(slots, hoiku, KACHO, "CHILDCARE");
        }
        take(slots, dept("消防署"), KACHO, null);
        take(slots, dept("消防署"), KACHO, null);
        take(slots, dept("市民課"), KACHO, null);
        take(slots, dept("健康づくり課"), KACHO, "NURSE");
    }

    private void take(List<Slot> slots, DeptDef dept, String tier, String job) {
        Slot slot = slots.stream()
                .filter(s -> s.dept() == dept && s.tier()[0] == null)
                .filter(s -> job == null ? s.job().equals("GENERAL") || s.job().equals("FIRE") : s.job().equals(job))
                .findFirst().orElseThrow(() -> new IllegalStateException("no slot for " + tier + " in " + dept));
        slot.tier()[0] = tier;
    }

    private void assignRest(List<Slot> slots) {
        List<Slot> rest = new ArrayList<>(slots.stream().filter(s -> s.tier()[0] == null).toList());
        Collections.shuffle(rest, random);
        List<Slot> ladder = new ArrayList<>();
        for (Slot s : rest) {
            switch (s.job()) {
                case "PART_TIME" -> s.tier()[0] = SHUJI;
                case "LABOR" -> s.tier()[0] = random.nextInt(10) < 6 ? SHUNIN : SHUJI;
                default -> ladder.add(s);
            }
        }
        int n = ladder.size();
        int shukan = Math.round(n * 0.115f);
        int shusa = Math.round(n * 0.225f);
        int shunin = Math.round(n * 0.29f);
        for (int i = 0; i < n; i++) {
            ladder.get(i).tier()[0] = i < shukan ? SHUKAN : i < shukan + shusa ? SHUSA
                    : i < shukan + shusa + shunin ? SHUNIN : SHUJI;
        }
        // 25 of the 主事 on the ladder are hired on 2025-04-01: marked "SHUJI*" until hireDate() reads it
        int hires = 0;
        for (Slot s : ladder) {
            if (s.tier()[0].equals(SHUJI) && hires < 25) {
                s.tier()[0] = SHUJI + "*";
                hires++;
            }
        }
    }

    private LocalDate hireDate(Slot s) {
        String tier = s.tier()[0];
        if (tier.endsWith("*")) {
            s.tier()[0] = SHUJI;
            return APRIL_2025;
        }
        int years;
        if (s.job().equals("PART_TIME")) {
            years = random.nextInt(7);
        } else if (s.job().equals("LABOR")) {
            years = tier.equals(SHUJI) ? 1 + random.nextInt(10) : 8 + random.nextInt(22);
        } else {
            int[] r = SERVICE.get(tier);
            years = r[0] + random.nextInt(r[1] - r[0] + 1);
        }
        LocalDate hired = APRIL_2025.minusYears(years);
        if (years >= 6 && years <= 12 && random.nextInt(20) == 0) {
            hired = hired.plusMonths(6).minusYears(1); // 中途採用 on 10/1
        }
        return hired;
    }

    private void assignPromotions() {
        List<Person> ordered = new ArrayList<>(staff);
        Collections.shuffle(ordered, random);
        Map<String, Integer> promoted2025 = new LinkedHashMap<>();
        for (Person p : ordered) {
            if (p.tier.equals(SHUJI)) {
                continue;
            }
            int done = promoted2025.getOrDefault(p.tier, 0);
            int yearsServed = SampleCalendar.yearsOfService(p.hired, APRIL_2025);
            int firstPossible = p.hired.getYear() + 1;
            if (done < PROMOTED_2025.getOrDefault(p.tier, 0) && p.isRegular() && !p.job.equals("LABOR")
                    && yearsServed >= SERVICE.get(p.tier)[0]) {
                p.promoted = APRIL_2025;
                promoted2025.put(p.tier, done + 1);
            } else {
                int span = switch (p.tier) {
                    case BUCHO, JICHO -> 3;
                    case KACHO, SHUKAN -> 6;
                    default -> 8;
                };
                int year = Math.max(firstPossible, 2024 - random.nextInt(span + 1));
                p.promoted = LocalDate.of(Math.min(year, 2024), 4, 1);
            }
        }
        // Staff on leave on 2025-04-01 (never this year's promotions or hires)
        int childcare = 0;
        int suspended = 0;
        for (Person p : ordered) {
            boolean young = p.tier.equals(SHUJI) || p.tier.equals(SHUNIN) || p.tier.equals(SHUSA);
            if (!young || !p.isRegular() || APRIL_2025.equals(p.hired) || APRIL_2025.equals(p.promoted)) {
                continue;
            }
            if (childcare < 6) {
                p.status = Person.CHILDCARE_LEAVE;
                childcare++;
            } else if (suspended < 2) {
                p.status = Person.SUSPENDED;
                suspended++;
            }
        }
    }

    static DeptDef dept(String ka) {
        return SampleOrganisation.DEPARTMENTS.stream().filter(d -> d.ka().equals(ka)).findFirst().orElseThrow();
    }

    /** Numbers by hire date: regular staff 00101…, 会計年度任用 70001…; 5 digits, leading zeros kept. */
    static List<Person> numbered(List<Person> people, Random random, int firstRegular, int firstPartTime) {
        List<Person> sorted = new ArrayList<>(people);
        sorted.sort(Comparator.comparing((Person p) -> p.hired));
        List<Person> out = new ArrayList<>();
        int regular = firstRegular;
        int partTime = firstPartTime;
        for (Person p : sorted) {
            String no;
            if (p.isRegular()) {
                no = String.format("%05d", regular);
                regular += 1 + random.nextInt(3);
            } else {
                no = String.format("%05d", partTime);
                partTime += 1 + random.nextInt(2);
            }
            Person q = new Person(no, p.name, p.hired, p.dept, p.tier, p.job);
            q.promoted = p.promoted;
            q.status = p.status;
            q.left = p.left;
            out.add(q);
        }
        out.sort(Comparator.comparing(p -> p.employeeNo));
        return out;
    }
}
