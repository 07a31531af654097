package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.SESSION_FEEDBACK;

import org.jooq.DSLContext;
import org.kenshu.model.SessionFeedback;
import org.kenshu.store.jooq.tables.records.SessionFeedbackRecord;

public final class SessionFeedbackRepository extends EditableRepository<SessionFeedbackRecord, SessionFeedback> {
    public SessionFeedbackRepository(DSLContext dsl) {
        super(dsl, SESSION_FEEDBACK, SESSION_FEEDBACK.ID, SESSION_FEEDBACK.VERSION);
    }

    @Override
    protected SessionFeedback toModel(SessionFeedbackRecord r) {
        return new SessionFeedback(r.getId(), r.getSessionId(), r.getRating(), r.getRespondents(), r.getSource(),
                r.getVersion());
    }

    @Override
    protected void fill(SessionFeedbackRecord r, SessionFeedback f) {
        r.setSessionId(f.sessionId());
        r.setRating(f.rating());
        r.setRespondents(f.respondents());
        r.setSource(f.source());
    }
}
