package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.SESSION_DAY;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.SessionDay;
import org.kenshu.store.jooq.tables.records.SessionDayRecord;

public final class SessionDayRepository extends EditableRepository<SessionDayRecord, SessionDay> {
    public SessionDayRepository(DSLContext dsl) {
        super(dsl, SESSION_DAY, SESSION_DAY.ID, SESSION_DAY.VERSION);
    }

    @Override
    protected SessionDay toModel(SessionDayRecord r) {
        return new SessionDay(r.getId(), r.getSessionId(), r.getHeldOn(), r.getStartsAt(), r.getEndsAt(),
                r.getVersion());
    }

    @Override
    protected void fill(SessionDayRecord r, SessionDay d) {
        r.setSessionId(d.sessionId());
        r.setHeldOn(d.heldOn());
        r.setStartsAt(d.startsAt());
        r.setEndsAt(d.endsAt());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {SESSION_DAY.HELD_ON.asc(), SESSION_DAY.ID.asc()};
    }

    public List<SessionDay> findBySession(long sessionId) {
        return findWhere(SESSION_DAY.SESSION_ID.eq(sessionId));
    }
}
