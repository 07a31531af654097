package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.HOLIDAY;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.kenshu.model.Holiday;

/** National holidays and closure days; replaced as a whole when a newer syukujitsu.csv is imported. */
public final class HolidayRepository {
    private final DSLContext dsl;

    public HolidayRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Holiday> findBetween(LocalDate from, LocalDate to) {
        return dsl.selectFrom(HOLIDAY).where(HOLIDAY.HOLIDAY_DATE.between(from, to)).orderBy(HOLIDAY.HOLIDAY_DATE)
                .fetch(r -> new Holiday(r.getHolidayDate(), r.getName(), r.getSource()));
    }

    /** Replaces every stored holiday with {@code holidays}. */
    public void replaceAll(Collection<Holiday> holidays) {
        dsl.deleteFrom(HOLIDAY).execute();
        var insert = dsl.insertInto(HOLIDAY, HOLIDAY.HOLIDAY_DATE, HOLIDAY.NAME, HOLIDAY.SOURCE);
        for (Holiday h : holidays) {
            insert = insert.values(h.date(), h.name(), h.source());
        }
        if (!holidays.isEmpty()) {
            insert.execute();
        }
    }

    public int count() {
        return dsl.fetchCount(HOLIDAY);
    }
}
