package org.kenshu.model;

import java.time.LocalDateTime;

/** One line of the audit log: who (OS user) did what, when. */
public record AuditEntry(long id, LocalDateTime occurredAt, String osUser, String action, String entity,
        Long entityId, String summary) {
}
