package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.AUDIT_LOG;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.kenshu.model.AuditEntry;

/** Who changed what and when: imports, edits, deletes and exports of personal data. */
public final class AuditLog {
    private final DSLContext dsl;
    private final Clock clock;
    private final String osUser;

    public AuditLog(DSLContext dsl, Clock clock, String osUser) {
        this.dsl = dsl;
        this.clock = clock;
        this.osUser = osUser;
    }

    public void record(String action, String entity, Long entityId, String summary) {
        dsl.insertInto(AUDIT_LOG, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.OS_USER, AUDIT_LOG.ACTION, AUDIT_LOG.ENTITY,
                AUDIT_LOG.ENTITY_ID, AUDIT_LOG.SUMMARY)
                .values(LocalDateTime.now(clock), osUser, action, entity, entityId, summary)
                .execute();
    }

    public List<AuditEntry> latest(int limit) {
        return dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(limit)
                .fetch(r -> new AuditEntry(r.getId(), r.getOccurredAt(), r.getOsUser(), r.getAction(), r.getEntity(),
                        r.getEntityId(), r.getSummary()));
    }
}
