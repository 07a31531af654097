package org.kenshu.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PaginationTest {
    private static final double ROW = 20;

    @Test
    void rowsFillAPageBeforeTheNextBegins() {
        assertThat(Pagination.pageStarts(heights(10), flags(10), flags(10), 100)).containsExactly(0, 4, 8);
    }

    @Test
    void aRowKeptWithTheNextMovesToTheNextPageWithIt() {
        boolean[] keep = flags(10);
        keep[3] = true; // rows 3 and 4 belong together; 4 would start page 2
        assertThat(Pagination.pageStarts(heights(10), keep, flags(10), 100)).containsExactly(0, 3, 7);
    }

    @Test
    void aGroupTallerThanAPageIsCutWhereThePageEnds() {
        boolean[] keep = flags(10);
        Arrays.fill(keep, true);
        assertThat(Pagination.pageStarts(heights(10), keep, flags(10), 100)).containsExactly(0, 4, 8);
    }

    @Test
    void aRowMarkedBreakBeforeStartsAPage() {
        boolean[] breaks = flags(10);
        breaks[2] = true;
        assertThat(Pagination.pageStarts(heights(10), flags(10), breaks, 100)).containsExactly(0, 2, 6);
    }

    private static double[] heights(int n) {
        double[] h = new double[n];
        Arrays.fill(h, ROW);
        return h;
    }

    private static boolean[] flags(int n) {
        return new boolean[n];
    }
}
