package org.kenshu.service.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kenshu.io.sheet.RowHandler;
import org.kenshu.io.sheet.SheetInfo;
import org.kenshu.io.sheet.SheetRow;
import org.kenshu.io.sheet.SpreadsheetReader;
import org.kenshu.io.sheet.UnreadableFileException;
import org.kenshu.model.Progress;

/**
 * Reads a file on a second thread while the calling thread matches and writes the rows already
 * read: parsing the XML and writing the database overlap on the office PC's second core. The
 * reading thread never touches the database; rows travel in chunks through a small bounded queue
 * (memory stays bounded), and whatever ends the reading — the end, an unreadable file, a
 * cancellation — is handed over and rethrown on the calling thread. When the calling thread fails,
 * the reader is told to stop at its next row; it is never interrupted.
 */
final class ReadAhead {
    private static final int CHUNK = 256;
    private static final int CHUNKS = 16;

    private ReadAhead() {
    }

    /** Like {@code reader.read(file, handler, progress)}, with {@code handler} called on this thread. */
    static void read(SpreadsheetReader reader, Path file, RowHandler handler, Progress progress)
            throws UnreadableFileException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS);
        AtomicBoolean stop = new AtomicBoolean();
        Thread.ofPlatform().daemon().name("kenshu-read").start(() -> {
            var producer = new Producer(queue, stop);
            Throwable failure = null;
            try {
                reader.read(file, producer, progress);
                producer.flush();
            } catch (Throwable t) {
                failure = t;
            }
            if (!(failure instanceof Stopped)) {
                try {
                    producer.put(failure == null ? End.INSTANCE : new Failure(failure));
                } catch (Stopped consumerLeft) {
                    // nobody waits for the end any more: the thread just ends
                }
            }
        });
        try {
            consume(queue, handler);
        } catch (RuntimeException | Error | UnreadableFileException e) {
            stop.set(true);
            queue.clear(); // a producer waiting for room sees the stop flag
            throw e;
        }
    }

    private static void consume(BlockingQueue<Object> queue, RowHandler handler) throws UnreadableFileException {
        while (true) {
            Object item = take(queue);
            if (item instanceof Chunk chunk) {
                for (Object event : chunk.events()) {
                    switch (event) {
                        case SheetInfo sheet -> handler.startSheet(sheet);
                        case SheetRow row -> handler.row(row);
                        default -> handler.endSheet();
                    }
                }
            } else if (item instanceof Failure f) {
                if (f.cause() instanceof UnreadableFileException u) {
                    throw u;
                }
                if (f.cause() instanceof RuntimeException r) {
                    throw r;
                }
                if (f.cause() instanceof Error e) {
                    throw e;
                }
                throw new IllegalStateException(f.cause());
            } else {
                return;
            }
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    private record Chunk(List<Object> events) {
    }

    private record Failure(Throwable cause) {
    }

    private enum End {
        INSTANCE
    }

    /** Marks the end of a sheet in a chunk. */
    private enum EndSheet {
        INSTANCE
    }

    /** The reading thread's handler: collects events into chunks and queues them. */
    private static final class Producer implements RowHandler {
        private final BlockingQueue<Object> queue;
        private final AtomicBoolean stop;
        private List<Object> events = new ArrayList<>(CHUNK);

        Producer(BlockingQueue<Object> queue, AtomicBoolean stop) {
            this.queue = queue;
            this.stop = stop;
        }

        @Override
        public void startSheet(SheetInfo sheet) {
            add(sheet);
        }

        @Override
        public void row(SheetRow row) {
            add(row);
        }

        @Override
        public void endSheet() {
            add(EndSheet.INSTANCE);
        }

        private void add(Object event) {
            events.add(event);
            if (events.size() >= CHUNK) {
                flush();
            }
        }

        void flush() {
            if (!events.isEmpty()) {
                put(new Chunk(events));
                events = new ArrayList<>(CHUNK);
            }
        }

        /** Waits for room; gives up (ending the reading) once the consumer has stopped. */
        void put(Object item) {
            try {
                while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    if (stop.get()) {
                        throw new Stopped();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }
    }

    /** Ends the reading thread when nobody consumes any more. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
