package org.kenshu.io.sheet;

import java.util.List;

/**
 * A sheet about to be read: its name (the file name for CSV), whether Excel hides it, the merged
 * regions known before its rows are delivered (so a reader must find them first), and the
 * workbook's date system.
 */
public record SheetInfo(String name, boolean hidden, List<MergedRegion> mergedRegions, boolean date1904) {
    public SheetInfo {
        mergedRegions = List.copyOf(mergedRegions);
    }
}
