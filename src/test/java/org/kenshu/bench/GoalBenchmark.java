package org.kenshu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
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
 * after a warm-up, plus the drill-down and the trend. Before each timed run a row is written
 * (an audit entry), so H2 cannot hand back results it kept from the previous run: every run is
 * the first count after a change. Wall time and the thread's CPU time are printed (on a shared,
 * loaded machine CPU time is the steadier figure). See docs/benchmarks.md.
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
            Runnable touch = () -> s.organisation.save(s.organisation.organisation());
            time("every goal of FY" + year, runs, touch, () -> s.goals.results(year));
            for (GoalResult r : results) {
                System.out.printf("  %-18s %s/%s actual %s forecast %s %s%n", r.goal().code(), r.numerator(),
                        r.denominator(), r.actual(), r.forecast(), r.status().code());
            }
            var tier = s.goals.findByCode("tier-uptake").orElseThrow();
            var coverage = s.goals.findByCode("digital-coverage").orElseThrow();
            time("people behind the tier-uptake gap", runs, touch, () -> s.goals.missing(tier, year).size());
            time("people behind the coverage gap", runs, touch, () -> s.goals.missing(coverage, year).size());
            time("tier-uptake trend (5 years)", runs, touch, () -> s.goals.trend(tier, year));
            System.out.printf("load average %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        }
    }

    private static void time(String what, int runs, Runnable touch, Supplier<Object> work) {
        for (int i = 0; i < 3; i++) {
            touch.run();
            work.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        Object last = null;
        for (int i = 0; i < runs; i++) {
            touch.run();
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            last = work.get();
            wall.add((System.nanoTime() - t) / 1_000_000);
            cpu.add((threads.getCurrentThreadCpuTime() - c) / 1_000_000);
        }
        Collections.sort(wall);
        Collections.sort(cpu);
        System.out.printf("%-36s wall median %4d ms (min %4d, max %4d)  cpu median %4d ms (min %4d)  %d runs%s%n",
                what, wall.get(runs / 2), wall.getFirst(), wall.getLast(), cpu.get(runs / 2), cpu.getFirst(), runs,
                last instanceof Integer n ? ", rows " + n : "");
    }
}
