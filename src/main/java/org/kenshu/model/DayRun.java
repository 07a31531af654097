package org.kenshu.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive days of a session, first to last (the same day when it stands alone): how a plan writes a
 * session held 5/12～5/14 and again on 5/19 as two runs, whatever the layout around them.
 */
public record DayRun(LocalDate first, LocalDate last) {

    public boolean single() {
        return first.equals(last);
    }

    /** The runs of {@code days}, which are in order and distinct. */
    public static List<DayRun> of(List<LocalDate> days) {
        List<DayRun> runs = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).equals(days.get(j).plusDays(1))) {
                j++;
            }
            runs.add(new DayRun(days.get(i), days.get(j)));
            i = j + 1;
        }
        return runs;
    }
}
