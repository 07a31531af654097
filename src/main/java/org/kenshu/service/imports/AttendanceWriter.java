package org.kenshu.service.imports;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.kenshu.model.Attendance;
import org.kenshu.store.AttendanceRepository;

/**
 * Writes blocks of new attendance rows on a thread of its own while the import thread matches the
 * next block: in a large import, H2's inserting took half of the import thread's time (decision
 * 0021). One block is written while the next is filled, so memory stays bounded and rows go in
 * file order. The rows go into the import's own transaction; a failure comes back on the import
 * thread at the next block or at {@link #finish()}, and {@link #close()} waits for the thread, so
 * nothing is written after the transaction has ended.
 */
final class AttendanceWriter implements AutoCloseable {
    private final AttendanceRepository.BulkInsert insert;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("kenshu-write").unstarted(r));
    private Future<?> inFlight = CompletableFuture.completedFuture(null);

    /** Call on the thread that holds the import's transaction. */
    AttendanceWriter(AttendanceRepository repository) {
        this(repository.bulkInsertInThisTransaction());
    }

    AttendanceWriter(AttendanceRepository.BulkInsert insert) {
        this.insert = insert;
    }

    /** Waits for the block before, then starts writing {@code rows}, which the caller no longer touches. */
    void write(List<Attendance> rows) {
        finish();
        inFlight = thread.submit(() -> insert.insert(rows));
    }

    /** Waits until every block is written; rethrows what failed. */
    void finish() {
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing attendance", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException r -> throw r;
                case Error err -> throw err;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Lets the block in progress end and stops the thread; returns only when it has ended. */
    @Override
    public void close() {
        thread.shutdown();
        boolean interrupted = false;
        while (!thread.isTerminated()) {
            try {
                thread.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
