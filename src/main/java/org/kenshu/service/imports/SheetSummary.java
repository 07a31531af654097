package org.kenshu.service.imports;

import java.util.List;
import java.util.Map;

/**
 * How a sheet was read, for the preview's column mapping: where its header is, what each column
 * meant, and the values title rows gave the whole sheet (研修名 and 実施日 of a sign-in sheet).
 */
public record SheetSummary(String file, String sheet, int headerRow, Map<Column, String> columns,
        List<String> dayColumns, List<String> unmapped, int dataRows, Map<Column, String> titleValues) {
}
