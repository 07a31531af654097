package org.kenshu.service.imports;

import java.util.List;
import java.util.Map;

/** How a sheet was read, for the preview's column mapping: where its header is and what each column meant. */
public record SheetSummary(String file, String sheet, int headerRow, Map<Column, String> columns,
        List<String> dayColumns, List<String> unmapped, int dataRows) {
}
