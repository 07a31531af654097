package org.kenshu.service.goals;

import java.nio.file.Path;
import java.util.List;

/**
 * The hook for 「一覧を書き出す」 on the list of people behind a goal's gap: writes them to a
 * workbook (未受講者一覧) the officer can send to departments. The Reports issue provides the
 * writer and installs it in {@code Services}; until then {@link #NONE} says it is not available and
 * the page disables the button.
 */
public interface MissingListExporter {
    /** No writer installed yet. */
    MissingListExporter NONE = new MissingListExporter() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void export(GoalResult goal, List<GapPerson> people, Path file) {
            throw new UnsupportedOperationException("the missing-list report is not installed");
        }
    };

    boolean available();

    /** Writes {@code people} (the gap of {@code goal}) to {@code file}, an .xlsx. */
    void export(GoalResult goal, List<GapPerson> people, Path file) throws Exception;
}
