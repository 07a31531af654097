package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.TRAINING_REPORT;

import org.jooq.DSLContext;
import org.kenshu.model.TrainingReport;
import org.kenshu.store.jooq.tables.records.TrainingReportRecord;

public final class TrainingReportRepository extends EditableRepository<TrainingReportRecord, TrainingReport> {
    public TrainingReportRepository(DSLContext dsl) {
        super(dsl, TRAINING_REPORT, TRAINING_REPORT.ID, TRAINING_REPORT.VERSION);
    }

    @Override
    protected TrainingReport toModel(TrainingReportRecord r) {
        return new TrainingReport(r.getId(), r.getEnrollmentId(), r.getDueOn(), r.getSubmittedOn(), r.getLearned(),
                r.getApplication(), r.getSharing(), r.getVersion());
    }

    @Override
    protected void fill(TrainingReportRecord r, TrainingReport t) {
        r.setEnrollmentId(t.enrollmentId());
        r.setDueOn(t.dueOn());
        r.setSubmittedOn(t.submittedOn());
        r.setLearned(t.learned());
        r.setApplication(t.application());
        r.setSharing(t.sharing());
    }
}
