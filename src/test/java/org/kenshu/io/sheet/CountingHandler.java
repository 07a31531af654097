package org.kenshu.io.sheet;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts rows and nothing else (for long files and the corpus). */
class CountingHandler implements RowHandler {
    final AtomicInteger rows;
    int sheets;

    CountingHandler(AtomicInteger rows) {
        this.rows = rows;
    }

    @Override
    public void startSheet(SheetInfo sheet) {
        sheets++;
    }

    @Override
    public void row(SheetRow row) {
        rows.incrementAndGet();
    }

    @Override
    public void endSheet() {
    }
}
