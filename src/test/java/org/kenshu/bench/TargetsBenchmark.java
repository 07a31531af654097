package org.kenshu.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.Progress;
import org.kenshu.service.Workspace;
import org.kenshu.service.targets.AssignStrategy;
import org.kenshu.service.targets.TargetList;
import org.kenshu.service.targets.YearProposal;
import org.kenshu.store.DataFolder;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * Generating targets and assigning sessions for the whole plan of a 30,000-staff city with 300 sessions
 * ({@link org.kenshu.service.targets.YearPlanner#propose}): the first call in a fresh JVM (cold) and the
 * following calls (warm), plus target generation alone. The city is generated once into FOLDER.
 *
 * <pre>TargetsBenchmark FOLDER [STAFF=30000] [WARM RUNS=7]</pre>
 */
public final class TargetsBenchmark {
    /** Planning FY2026 in February 2026: every session is still to come. */
    static final Clock PLANNING = Clock.fixed(Instant.parse("2026-02-02T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int staff = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        if (!Files.exists(folder.resolve("kenshu.mv.db"))) {
            long t = System.nanoTime();
            try (Database db = Database.openEmbedded(new DataFolder(folder))) {
                db.inTransaction(() -> new BenchCity(db, new Repositories(db.dsl(), PLANNING, "bench")).write(staff));
            }
            System.out.printf("generated %,d staff in %d ms%n", staff, (System.nanoTime() - t) / 1_000_000);
        }
        try (Workspace ws = Workspace.open(folder, SpreadsheetReaders::read, PLANNING)) {
            var services = ws.services();
            var cpu = ManagementFactory.getThreadMXBean();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long t = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            long p = os.getProcessCpuTime();
            YearProposal first = services.yearPlanner.propose(2026, null, AssignStrategy.SPREAD_DEPARTMENTS,
                    Progress.NONE);
            long cold = (System.nanoTime() - t) / 1_000_000;
            System.out.printf("cold  propose: CPU of this thread %d ms, of the whole process %d ms (with JIT, GC)%n",
                    (cpu.getCurrentThreadCpuTime() - c) / 1_000_000, (os.getProcessCpuTime() - p) / 1_000_000);
            report("cold  propose (targets + assignment)", cold, first);
            long[] warm = new long[runs];
            long[] warmCpu = new long[runs];
            for (int i = 0; i < runs; i++) {
                t = System.nanoTime();
                c = cpu.getCurrentThreadCpuTime();
                first = services.yearPlanner.propose(2026, null, i % 2 == 0 ? AssignStrategy.EARLIEST_FIRST
                        : AssignStrategy.SPREAD_DEPARTMENTS, Progress.NONE);
                warm[i] = (System.nanoTime() - t) / 1_000_000;
                warmCpu[i] = (cpu.getCurrentThreadCpuTime() - c) / 1_000_000;
            }
            Arrays.sort(warm);
            Arrays.sort(warmCpu);
            System.out.printf("warm  propose: median %d ms, min %d ms, max %d ms (%d runs); thread CPU median %d ms%n",
                    warm[runs / 2], warm[0], warm[runs - 1], runs, warmCpu[runs / 2]);
            long[] targetsOnly = new long[runs];
            TargetList list = null;
            for (int i = 0; i < runs; i++) {
                t = System.nanoTime();
                list = services.targets.targets(2026, null, null, Progress.NONE);
                targetsOnly[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(targetsOnly);
            System.out.printf("warm  targets only: median %d ms, min %d ms (%,d targets in %d courses)%n",
                    targetsOnly[runs / 2], targetsOnly[0], list.targetCount(), list.courses().size());
        }
    }

    private static void report(String what, long ms, YearProposal p) {
        System.out.printf("%s: %d ms — %,d targets in %d courses; seated %,d, waiting %,d, exempt %,d, cancelled %,d%n",
                what, ms, p.targets().targetCount(), p.targets().courses().size(), p.count(EnrollmentStatus.ENROLLED),
                p.count(EnrollmentStatus.WAITLISTED), p.count(EnrollmentStatus.EXEMPT),
                p.count(EnrollmentStatus.CANCELLED));
    }
}
