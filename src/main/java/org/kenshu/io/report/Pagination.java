package org.kenshu.io.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Where printed pages begin: rows fill a page until the next would not fit; a row marked
 * keep-with-next moves to the next page together with the row after it (unless the group is taller
 * than a page), and a row marked break-before starts a page.
 */
final class Pagination {
    /** Heights are compared with a little room to spare, so Excel never breaks a page earlier than we do. */
    static final double SAFETY = 0.97;

    private Pagination() {
    }

    /**
     * @param available height of a page for table rows (repeated title rows already taken off), in sheet points
     * @return the index of the first row of each page (the first is always 0)
     */
    static List<Integer> pageStarts(double[] heights, boolean[] keepWithNext, boolean[] breakBefore,
            double available) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        double limit = available * SAFETY;
        int pageStart = 0;
        double used = 0;
        for (int i = 0; i < heights.length; i++) {
            if (breakBefore[i] && i > pageStart) {
                starts.add(i);
                pageStart = i;
                used = 0;
            } else if (used + heights[i] > limit && i > pageStart) {
                int groupStart = i;
                while (groupStart > pageStart && keepWithNext[groupStart - 1]) {
                    groupStart--;
                }
                if (groupStart == pageStart) {
                    groupStart = i; // the group is taller than a page: it has to be cut
                }
                starts.add(groupStart);
                pageStart = groupStart;
                used = 0;
                for (int j = groupStart; j < i; j++) {
                    used += heights[j];
                }
            }
            used += heights[i];
        }
        return starts;
    }
}
