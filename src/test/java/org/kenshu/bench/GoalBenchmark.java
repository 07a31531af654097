package org.kenshu.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.kenshu.service.Services;
import org.kenshu.service.Workspace;
import org.kenshu.service.goals.GoalResult;
import org.kenshu.store.DataFolder;

/**
 * Computes every goal of one fiscal year in the generated 30,000-staff city (BigCityGenerator;
 * generated once into the folder and reused) and prints the times of repeated runs in one JVM
 * after a warm-up, plus the drill-down and the trend. See docs/benchmarks.md.
 *
 * <pre>GoalBenchmark [FOLDER [FISCAL_YEAR [RUNS]]]</pre>
 */
public final class GoalBenchmark {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/kenshu-bench-city");
        int year = args.length > 1 ? Integer.parseInt(args[1]) : 2025;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        long start = System.nanoTime();
        BigCityGenerator.ensure(new DataFolder(folder));
        System.out.printf("city ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
        Clock clock = Clock.fixed(BigCityGenerator.TODAY.atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant(),
                ZoneId.of("Asia/Tokyo"));
        try (Workspace ws = Workspace.open(folder, (f, h, p) -> { }, clock)) {
            Services s = ws.services();
            var counts = s.info.counts();
            System.out.printf("staff %,d, assignments %,d, sessions %,d, enrollments %,d, attendance %,d%n",
                    counts.get("staff"), counts.get("assignment"), counts.get("course_session"),
                    counts.get("enrollment"), counts.get("attendance"));
            List<GoalResult> results = s.goals.results(year);
            time("every goal of FY" + year, runs, () -> s.goals.results(year));
            for (GoalResult r : results) {
                System.out.printf("  %-18s %s/%s actual %s forecast %s %s%n", r.goal().code(), r.numerator(),
                        r.denominator(), r.actual(), r.forecast(), r.status().code());
            }
            var tier = s.goals.findByCode("tier-uptake").orElseThrow();
            var coverage = s.goals.findByCode("digital-coverage").orElseThrow();
            time("people behind the tier-uptake gap", runs, () -> s.goals.missing(tier, year).size());
            time("people behind the coverage gap", runs, () -> s.goals.missing(coverage, year).size());
            time("tier-uptake trend (5 years)", runs, () -> s.goals.trend(tier, year));
        }
    }

    private static void time(String what, int runs, Supplier<Object> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        List<Long> ms = new ArrayList<>();
        Object last = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            last = work.get();
            ms.add((System.nanoTime() - t) / 1_000_000);
        }
        Collections.sort(ms);
        System.out.printf("%-40s median %4d ms  min %4d ms  max %4d ms  (%d runs)%s%n", what, ms.get(ms.size() / 2),
                ms.getFirst(), ms.getLast(), runs, last instanceof Integer n ? "  rows " + n : "");
    }
}
