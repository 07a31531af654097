package org.kenshu.service.imports;

/**
 * A value in the file that differs from the stored one (stored 欠席, file says 出席). Nothing is
 * overwritten until the officer decides: {@code key} identifies the stored value so a decision can
 * be passed back for the commit.
 */
public record Conflict(String key, String file, String sheet, int row, String column, String subject,
        String stored, String incoming) {
}
