package org.kenshu.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What H2 alone needs for an import's writing: inserts ROWS attendance rows (every session day ×
 * every staff member, in that sorted order — the cheapest order for the indexes) into a data
 * folder's database in one transaction, with the statement the import uses, then commits and
 * closes (without compaction, as {@code kenshu import} does). No Kenshu code runs, so the gap to
 * a whole import is reading, matching and start-up. Run it on a throw-away copy of
 * {@code ImportBenchmarkSetup}'s folder; see docs/benchmarks.md.
 *
 * <pre>H2InsertBenchmark DATA_FOLDER ROWS</pre>
 */
public final class H2InsertBenchmark {
    private static final int BLOCK = 1000;

    public static void main(String[] args) throws SQLException {
        Path folder = Path.of(args[0]);
        int wanted = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        String url = "jdbc:h2:file:" + folder.resolve("kenshu") + ";MAX_COMPACT_TIME=0";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            long opened = System.nanoTime();
            List<Long> days = ids(c, "select id from session_day order by id");
            List<Long> staff = ids(c, "select id from staff order by id");
            if ((long) days.size() * staff.size() < wanted) {
                throw new IllegalArgumentException("only " + days.size() * staff.size() + " (day, staff) pairs");
            }
            long batch = batch(c);
            c.setAutoCommit(false);
            long insertStart = System.nanoTime();
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement(insertSql())) {
                for (int d = 0; d < days.size() && n < wanted; d++) {
                    for (int s = 0; s < staff.size() && n < wanted; s++) {
                        int p = n % BLOCK * 5 + 1;
                        ps.setLong(p, days.get(d));
                        ps.setLong(p + 1, staff.get(s));
                        ps.setString(p + 2, "PRESENT");
                        ps.setString(p + 3, null);
                        ps.setLong(p + 4, batch);
                        if (++n % BLOCK == 0) {
                            ps.executeUpdate();
                        }
                    }
                }
            }
            long inserted = System.nanoTime();
            c.commit();
            long committed = System.nanoTime();
            System.out.printf("open %d ms, insert %,d rows %d ms, commit %d ms%n", ms(start, opened), n,
                    ms(insertStart, inserted), ms(inserted, committed));
        }
        System.out.printf("total with close %d ms%n", ms(start, System.nanoTime()));
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static long batch(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("insert into import_batch (kind, file_name, sha256, imported_at, os_user, rows_read) "
                    + "values ('ATTENDANCE', 'h2-insert-benchmark', '-', now(), 'bench', 0)");
        }
        return ids(c, "select max(id) from import_batch").getFirst();
    }

    private static String insertSql() {
        StringBuilder sql = new StringBuilder(
                "insert into attendance (session_day_id, staff_id, mark, note, import_batch_id, version) values ");
        for (int i = 0; i < BLOCK; i++) {
            sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, 0)");
        }
        return sql.toString();
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
