package org.kenshu.io.sheet;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * POI's global guards against zip bombs and absurd record lengths. They are JVM-wide statics, so
 * they are set once; every reader calls {@link #apply()} before touching a file (cheap after the
 * first call), and the application may call it at start-up.
 */
public final class PoiLimits {
    /**
     * A sheet part larger than this when unpacked is refused. A 100,000-row, 8-column attendance
     * sheet unpacks to 27 MB (docs/benchmarks.md), so Excel's maximum of 1,048,576 such rows is
     * about 280 MB: 1 GiB leaves room for wide sheets and stops a crafted entry early.
     */
    public static final long MAX_ENTRY_SIZE = 1L << 30;
    /**
     * Unpacked/packed ratio above 100:1 is refused (POI's default, set explicitly so nobody relaxes
     * it by accident). Real sheets compress about 10:1; a bomb compresses about 1000:1.
     */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /**
     * Text POI's extractors may pull from one package: POI's default of 10 MiB characters, set
     * explicitly. The readers here stream and have their own guards (shared strings, merges).
     */
    public static final long MAX_TEXT_SIZE = 10L << 20;
    /**
     * The largest byte array POI may allocate for one record or part. With an override set POI
     * ignores its smaller per-record defaults, so this is both a ceiling and a relaxation: 100 MB is
     * far above any legitimate record and still survivable in a 1 GB heap.
     */
    public static final int MAX_BYTE_ARRAY = 100_000_000;

    private static volatile boolean applied;

    private PoiLimits() {
    }

    public static void apply() {
        if (applied) {
            return;
        }
        synchronized (PoiLimits.class) {
            if (!applied) {
                ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
                ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
                ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
                IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
                applied = true;
            }
        }
    }
}
