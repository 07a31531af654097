package org.kenshu.service.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kenshu.io.sheet.SpreadsheetReader;
import org.kenshu.io.sheet.UnreadableFileException;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.I18n;
import org.kenshu.model.ImportBatch;
import org.kenshu.model.ImportKind;
import org.kenshu.model.Organisation;
import org.kenshu.model.Progress;
import org.kenshu.store.AppSettingRepository;
import org.kenshu.store.Database;
import org.kenshu.store.ImportJournal;
import org.kenshu.store.ImportUndo;
import org.kenshu.store.Repositories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import pipeline (DESIGN.md §6): files → rows → header and columns → checked values →
 * matched against the database → written in ONE transaction, which is rolled back for a dry run,
 * for any rejected row (unless skipping invalid rows) and for an undecided conflict. A committed
 * run is one {@link ImportBatch} that can be undone.
 */
public final class ImportService {
    /** The app setting that remembers what △ means. */
    public static final String TRIANGLE_SETTING = "attendance.triangle";
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    private final Database db;
    private final Repositories repos;
    private final SpreadsheetReader reader;
    private final Clock clock;
    private final String osUser;
    private final AppSettingRepository settings;

    public ImportService(Database db, Repositories repos, SpreadsheetReader reader, Clock clock, String osUser) {
        this.db = db;
        this.repos = repos;
        this.reader = reader;
        this.clock = clock;
        this.osUser = osUser;
        this.settings = new AppSettingRepository(db.dsl());
    }

    public ImportResult run(ImportKind kind, List<Path> files, ImportOptions options, Progress progress) {
        String hash = sha256(files);
        try {
            return db.inTransaction(() -> {
                ImportResult result = runInTransaction(kind, files, options, progress, hash);
                if (result.batchId() == null) {
                    throw new Rollback(result); // a dry run, a rejection, or nothing new: write nothing
                }
                return result;
            });
        } catch (Rollback r) {
            return r.result;
        }
    }

    private ImportResult runInTransaction(ImportKind kind, List<Path> files, ImportOptions options, Progress progress,
            String hash) {
        String names = files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", "));
        ImportBatch batch = repos.importBatches.insert(new ImportBatch(0, kind, abbreviate(names), hash,
                LocalDateTime.now(clock), osUser, 0, 0, 0, 0, 0, null, false, null, 0));
        var problems = new Problems();
        var ctx = new ImportContext(repos, options, problems,
                new ImportJournal(db.dsl(), repos.importChanges, batch.id()),
                repos.organisation.find().orElse(Organisation.unnamed()), LocalDate.now(clock));
        earlierImport(kind, hash, batch.id(), ctx);
        KindProcessor processor = processor(kind, ctx);
        var summary = new SummaryCollector(processor::row);
        try {
            for (Path file : files) {
                read(file, processor, summary, ctx, progress);
            }
            processor.finish();
        } finally {
            processor.close();
        }
        progress.checkCancelled(); // the last moment a cancel can still leave everything unwritten
        Counts c = ctx.counts;
        boolean rejected = (problems.errorCount() > 0 && !options.skipInvalid()) || problems.undecidedConflicts() > 0;
        boolean changed = c.created + c.updated > 0;
        boolean commit = !options.dryRun() && !rejected && changed;
        if (commit) {
            repos.importBatches.update(new ImportBatch(batch.id(), kind, batch.fileName(), hash, batch.importedAt(),
                    osUser, summary.total(), c.created, c.updated, c.unchanged, c.skipped, null, false, null,
                    batch.version()));
            repos.audit.record("IMPORT", "import_batch", batch.id(), kind.cliName() + " " + abbreviate(names));
        }
        boolean committed = commit || (!options.dryRun() && !rejected);
        return new ImportResult(kind, committed, options.dryRun(), commit ? Long.toString(batch.id()) : null,
                summary.total(), c.created, c.updated, c.unchanged, c.skipped, problems.conflicts(),
                problems.errors(), problems.warnings(), problems.errorCount(), problems.warningCount(),
                problems.undecidedConflicts(), summary.sheets());
    }

    private void read(Path file, KindProcessor processor, SummaryCollector summary, ImportContext ctx,
            Progress progress) {
        String name = file.getFileName().toString();
        var detector = new LayoutDetector(processor.keyColumns(), ctx.options.columnMapping(),
                ctx.options.fiscalYear() == null ? null : org.kenshu.model.FiscalYear.of(ctx.options.fiscalYear()),
                ctx.currentFiscalYear());
        var table = new TableReader(name, detector, processor.dataColumns(), summary, ctx.problems, progress);
        try {
            ReadAhead.read(reader, file, table, progress);
        } catch (UnreadableFileException e) {
            ctx.problems.error(name, null, 0, null, e.getMessage());
            ctx.everyFileRead = false;
            return;
        }
        if (!table.foundHeader()) {
            ctx.everyFileRead = false;
            ctx.problems.error(name, null, 0, null, I18n.t("import.noHeaderInFile",
                    processor.keyColumns().stream().map(c -> c.synonyms().getFirst()).sorted()
                            .collect(Collectors.joining("・"))));
        }
    }

    private void earlierImport(ImportKind kind, String hash, long batchId, ImportContext ctx) {
        repos.importBatches.findCommitted().stream()
                .filter(b -> b.kind() == kind && b.sha256().equals(hash) && b.id() != batchId)
                .findFirst()
                .ifPresent(b -> ctx.problems.warning(null, null, 0, null,
                        I18n.t("import.sameContentBefore", ctx.date(b.importedAt().toLocalDate()), b.fileName())));
    }

    private static KindProcessor processor(ImportKind kind, ImportContext ctx) {
        return switch (kind) {
            case STAFF -> new StaffProcessor(ctx);
            case PLAN -> new PlanProcessor(ctx);
            case NOMINATIONS -> new NominationProcessor(ctx);
            case ATTENDANCE -> new AttendanceProcessor(ctx);
        };
    }

    /** Committed imports, newest first. */
    public List<ImportBatch> history() {
        return repos.importBatches.findAll();
    }

    /**
     * Undoes a committed batch completely, restoring the exact previous state; refused when rows it
     * wrote were changed afterwards.
     */
    public void undo(long batchId) {
        ImportBatch batch = repos.importBatches.find(batchId)
                .orElseThrow(() -> new ImportUndoException(I18n.t("import.undo.noBatch", batchId)));
        if (batch.undone()) {
            throw new ImportUndoException(I18n.t("import.undo.alreadyUndone", batchId));
        }
        try {
            db.inTransaction(() -> {
                new ImportUndo(db.dsl(), repos.importChanges).undo(batchId);
                repos.importBatches.update(new ImportBatch(batch.id(), batch.kind(), batch.fileName(), batch.sha256(),
                        batch.importedAt(), batch.osUser(), batch.rowsRead(), batch.created(), batch.updated(),
                        batch.unchanged(), batch.skipped(), batch.options(), true, LocalDateTime.now(clock),
                        batch.version()));
                repos.audit.record("UNDO_IMPORT", "import_batch", batchId, batch.kind().cliName());
            });
        } catch (ImportUndo.UndoRefusedException e) {
            LOG.info("Undo of import batch {} refused: {}", batchId, e.reason());
            throw new ImportUndoException(I18n.t(e.reason() == ImportUndo.UndoRefusedException.Reason.CHANGED_AFTER
                    ? "import.undo.changedAfter" : "import.undo.dependedOn", batchId));
        }
    }

    /** What △ meant in the officer's last attendance import (app setting {@value #TRIANGLE_SETTING}); empty = not allowed. */
    public Optional<AttendanceMark> rememberedTriangle() {
        return settings.get(TRIANGLE_SETTING).filter(v -> !v.isBlank()).map(AttendanceMark::valueOf);
    }

    /** Remembers what △ means for the next import; null = △ is an error. */
    public void rememberTriangle(AttendanceMark meaning) {
        db.inTransaction(() -> settings.put(TRIANGLE_SETTING, meaning == null ? "" : meaning.name()));
    }

    /** The kind the files' headers suggest (roster, plan, nominations or attendance), if any. */
    public Optional<ImportKind> guessKind(List<Path> files) {
        return new KindGuesser(reader, org.kenshu.model.FiscalYear.containing(LocalDate.now(clock))).guess(files);
    }

    private static String abbreviate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 497) + "…";
    }

    /** One hash over the files' bytes, in order: the same content gives the same hash. */
    static String sha256(List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                try (InputStream in = new DigestInputStream(Files.newInputStream(f), digest)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                } catch (IOException e) {
                    // An unreadable file is reported by the reader with the reason; the hash just skips it.
                    LOG.debug("hashing {} failed", f.getFileName(), e);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Leaves the transaction without writing, carrying the result out. */
    private static final class Rollback extends RuntimeException {
        private final transient ImportResult result;

        Rollback(ImportResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }
}
