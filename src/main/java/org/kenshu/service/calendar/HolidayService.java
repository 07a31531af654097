package org.kenshu.service.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kenshu.io.holiday.HolidayFileException;
import org.kenshu.io.holiday.SyukujitsuCsv;
import org.kenshu.model.Holiday;
import org.kenshu.model.I18n;
import org.kenshu.service.RefusedException;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * National holidays: the bundled copy of 内閣府's syukujitsu.csv goes into the database the first time
 * holidays are needed; the officer can replace it with a newer official copy (all or nothing).
 */
public final class HolidayService {
    static final String BUNDLED = "/org/kenshu/holidays/syukujitsu.csv";
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);
    private final Database db;
    private final Repositories repos;

    public HolidayService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
    }

    /** Fills an empty holiday table from the bundled file. */
    public synchronized void ensureLoaded() {
        if (repos.holidays.count() > 0) {
            return;
        }
        List<Holiday> bundled = bundled();
        db.inTransaction(() -> {
            repos.holidays.replaceAll(bundled);
            repos.audit.record("IMPORT", "holiday", null, "bundled syukujitsu.csv, " + bundled.size() + " days");
        });
    }

    /** Holidays from {@code from} to {@code to}, by date. */
    public Map<LocalDate, String> between(LocalDate from, LocalDate to) {
        ensureLoaded();
        return repos.holidays.findBetween(from, to).stream()
                .collect(Collectors.toMap(Holiday::date, Holiday::name, (a, b) -> a, TreeMap::new));
    }

    /** Every stored holiday (loading the bundled list first when there is none). */
    public List<Holiday> all() {
        ensureLoaded();
        return repos.holidays.findBetween(EARLIEST, LATEST);
    }

    /** How many holidays are stored, from which to which date, and where the list came from. */
    public HolidaySummary summary() {
        List<Holiday> all = all();
        if (all.isEmpty()) {
            return new HolidaySummary(0, null, null, "");
        }
        return new HolidaySummary(all.size(), all.getFirst().date(), all.getLast().date(),
                Objects.requireNonNullElse(all.getLast().source(), ""));
    }

    /** Replaces the stored list with {@code file}, a copy of 内閣府's syukujitsu.csv; nothing changes if it is refused. */
    public HolidayImport importFile(Path file) {
        List<Holiday> incoming;
        try {
            if (Files.size(file) > SyukujitsuCsv.MAX_BYTES) {
                throw new RefusedException(I18n.t("holidays.file.tooLarge"));
            }
            incoming = SyukujitsuCsv.parse(Files.readAllBytes(file), file.getFileName().toString());
        } catch (HolidayFileException e) {
            throw new RefusedException(I18n.t("holidays.import.refused", file.getFileName(), e.getMessage()), e);
        } catch (IOException e) {
            throw new RefusedException(I18n.t("holidays.import.unreadable", file.getFileName()), e);
        }
        return db.inTransaction(() -> {
            Map<LocalDate, String> before = new TreeMap<>();
            all().forEach(h -> before.put(h.date(), h.name()));
            int added = 0;
            int changed = 0;
            for (Holiday h : incoming) {
                String old = before.remove(h.date());
                if (old == null) {
                    added++;
                } else if (!Objects.equals(old, h.name())) {
                    changed++;
                }
            }
            repos.holidays.replaceAll(incoming);
            var result = new HolidayImport(added, changed, before.size(), incoming.size(),
                    incoming.stream().map(Holiday::date).min(LocalDate::compareTo).orElseThrow(),
                    incoming.stream().map(Holiday::date).max(LocalDate::compareTo).orElseThrow());
            repos.audit.record("IMPORT", "holiday", null, file.getFileName() + ": " + result);
            return result;
        });
    }

    static List<Holiday> bundled() {
        try (InputStream in = HolidayService.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing " + BUNDLED);
            }
            return SyukujitsuCsv.parse(in.readAllBytes(), I18n.t("holidays.bundledSource"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (HolidayFileException e) {
            throw new IllegalStateException("bundled holiday list: " + e.getMessage(), e);
        }
    }
}
