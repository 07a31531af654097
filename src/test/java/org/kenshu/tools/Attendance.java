package org.kenshu.tools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.kenshu.tools.Nominator.Nomination;

/**
 * 出欠 per person and session day. Nominees attend, miss a session (欠席), miss one day of a
 * multi-day session, come late or leave early, or are excused (免除); e-learning nominees leave one
 * 「済」 row on the day they finish. A few people attend without a nomination (walk-ins).
 */
final class Attendance {
    enum Kind { PRESENT, ABSENT, LATE, EARLY, EXEMPT }

    record Mark(PlannedSession session, Person person, LocalDate day, Kind kind, String note, boolean walkIn) {
    }

    /** How a year's attendance is drawn. */
    record Rates(double absentTier, double partialTier, double absentOther, int exemptTier, int exemptOther,
            LocalDate cutoff) {
    }

    private static final String[] ABSENT_NOTES = {"体調不良", "公務のため", "", "家族の看護のため", "公務のため", ""};
    private static final String[] LATE_NOTES = {"電車遅延", "窓口対応のため30分遅れ"};
    private static final String[] EARLY_NOTES = {"公務のため15時退出", "通院のため"};
    private static final String[] EXEMPT_NOTES = {"育児休業取得のため免除", "前年度受講済みのため免除", "長期療養のため免除"};

    private final Random random;
    private final Map<String, LocalDate> leftOn;
    final List<Mark> marks = new ArrayList<>();

    Attendance(long seed, Map<String, LocalDate> leftOn) {
        this.random = new Random(seed);
        this.leftOn = leftOn;
    }

    List<Mark> record(List<Nomination> nominations, Rates rates, Set<Nomination> exempt) {
        for (Nomination n : nominations) {
            PlannedSession s = n.session();
            LocalDate left = leftOn.get(n.person().employeeNo);
            if (left != null && left.isBefore(s.first()) || s.first().isAfter(rates.cutoff())) {
                continue; // left before the session, or not held yet
            }
            if (exempt.contains(n)) {
                String note = EXEMPT_NOTES[random.nextInt(EXEMPT_NOTES.length)];
                s.days().forEach(d -> add(s, n.person(), d, Kind.EXEMPT, note, false));
            } else if (s.course().isElearning()) {
                elearning(n, rates);
            } else {
                classroom(n, rates);
            }
        }
        return marks;
    }

    private void elearning(Nomination n, Rates rates) {
        double finish = switch (n.session().course().code) {
            case "INFOSEC" -> 0.93;
            case "DIGITAL_BASIC" -> 0.86;
            default -> 0.88;
        };
        if (random.nextDouble() < finish) {
            List<LocalDate> days = n.session().attendableDays();
            LocalDate day = days.get(random.nextInt(days.size()));
            if (!day.isAfter(rates.cutoff())) {
                add(n.session(), n.person(), day, Kind.PRESENT, "", false);
            }
        }
    }

    private void classroom(Nomination n, Rates rates) {
        PlannedSession s = n.session();
        boolean tier = s.course().isTier();
        double r = random.nextDouble();
        double absent = tier ? rates.absentTier() : rates.absentOther();
        int missedDay = -1;
        if (r < absent) {
            String note = ABSENT_NOTES[random.nextInt(ABSENT_NOTES.length)];
            s.days().forEach(d -> add(s, n.person(), d, Kind.ABSENT, note, false));
            return;
        }
        if (s.days().size() > 1 && random.nextDouble() < (tier ? rates.partialTier() : rates.absentOther())) {
            missedDay = random.nextInt(s.days().size());
        }
        for (int i = 0; i < s.days().size(); i++) {
            LocalDate d = s.days().get(i);
            double q = random.nextDouble();
            if (i == missedDay) {
                add(s, n.person(), d, Kind.ABSENT, ABSENT_NOTES[random.nextInt(2)], false);
            } else if (q < 0.012) {
                add(s, n.person(), d, Kind.LATE, LATE_NOTES[random.nextInt(LATE_NOTES.length)], false);
            } else if (q < 0.022) {
                add(s, n.person(), d, Kind.EARLY, EARLY_NOTES[random.nextInt(EARLY_NOTES.length)], false);
            } else {
                add(s, n.person(), d, Kind.PRESENT, "", false);
            }
        }
    }

    /** Someone not nominated for the course this year attends every day of {@code s}. */
    void walkIn(PlannedSession s, Person p, String note) {
        if (s.course().isElearning()) {
            add(s, p, s.attendableDays().get(3), Kind.PRESENT, "", true);
        } else {
            s.days().forEach(d -> add(s, p, d, Kind.PRESENT, note, true));
        }
    }

    /** {@code count} nominations of the matching courses, picked at random, to be excused. */
    Set<Nomination> pickExempt(List<Nomination> nominations, boolean tier, int count, LocalDate cutoff) {
        List<Nomination> pool = nominations.stream()
                .filter(n -> n.session().course().isTier() == tier && !n.session().course().isElearning())
                .filter(n -> !n.session().first().isAfter(cutoff) && !leftOn.containsKey(n.person().employeeNo))
                .toList();
        Set<Nomination> out = new HashSet<>();
        while (out.size() < count) {
            out.add(pool.get(random.nextInt(pool.size())));
        }
        return out;
    }

    private void add(PlannedSession s, Person p, LocalDate d, Kind kind, String note, boolean walkIn) {
        marks.add(new Mark(s, p, d, kind, note, walkIn));
    }
}
