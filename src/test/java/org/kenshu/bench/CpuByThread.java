package org.kenshu.bench;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs the application's {@code main} logic in this JVM (without exiting) and then prints the CPU
 * time every thread used, grouped by thread name (Linux {@code /proc/self/task}): tells JIT, GC and
 * database background threads apart from the import itself, also on a machine busy with other work.
 *
 * <pre>CpuByThread --db DIR import attendance FILE</pre>
 */
public final class CpuByThread {
    private CpuByThread() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Method run = Class.forName("org.kenshu.app.Main").getDeclaredMethod("run", String[].class);
        run.setAccessible(true);
        Object code = run.invoke(null, (Object) args);
        long wall = (System.nanoTime() - start) / 1_000_000;
        Map<String, Long> cpu = new TreeMap<>();
        long ticks = 100; // USER_HZ on Linux
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                String name;
                String[] stat;
                try {
                    name = Files.readString(t.resolve("comm")).strip().replaceAll("#?\\d+$", "");
                    stat = Files.readString(t.resolve("stat")).replaceFirst("^.*\\) ", "").split(" ");
                } catch (java.nio.file.NoSuchFileException e) {
                    continue; // the thread ended meanwhile
                }
                long used = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                cpu.merge(name, used * 1000 / ticks, Long::sum);
            }
        }
        System.err.printf("exit %s, wall in main() %d ms; CPU ms by thread (threads that ended are not listed):%n",
                code, wall);
        cpu.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.err.printf("  %-28s %6d%n", e.getKey(), e.getValue()));
        System.err.println("  " + Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM")).findFirst().orElse(""));
    }

}
