package org.kenshu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;

/**
 * Reads a jOOQ-built query's rows straight from JDBC. For the hundreds of thousands of rows goal
 * counting reads, jOOQ's per-row records cost ten times the query itself on H2 (158,000
 * assignments: 120 ms raw against 1–2 s mapped), and H2 writes a large result to a temporary
 * store before the first row unless the session runs queries lazily (docs/benchmarks.md). The
 * SQL is rendered with its values inline: they are ids, dates and codes we read ourselves.
 */
final class RawRows {
    private RawRows() {
    }

    @FunctionalInterface
    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    static void each(DSLContext dsl, ResultQuery<?> query, Row row) {
        String sql = dsl.renderContext().paramType(ParamType.INLINED).visit(query).render();
        boolean h2 = dsl.dialect().family() == SQLDialect.H2;
        dsl.connection(c -> {
            if (h2) {
                lazy(c, true);
            }
            try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            } finally {
                if (h2) {
                    lazy(c, false);
                }
            }
        });
    }

    private static void lazy(Connection c, boolean on) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }

    static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
