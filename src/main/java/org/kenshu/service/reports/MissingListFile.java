package org.kenshu.service.reports;

import java.nio.file.Path;
import java.util.List;
import org.kenshu.service.goals.GapPerson;
import org.kenshu.service.goals.GoalResult;
import org.kenshu.service.goals.MissingListExporter;

/**
 * The Goals page's 「一覧を書き出す」: the gap on screen written as the 未受講者一覧 report (the same
 * workbook as {@code kenshu export missing}), from the people the page lists rather than a second count.
 */
public final class MissingListFile implements MissingListExporter {
    private final ExportService exports;

    public MissingListFile(ExportService exports) {
        this.exports = exports;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void export(GoalResult goal, List<GapPerson> people, Path file) {
        exports.exportMissing(goal, people, file);
    }
}
