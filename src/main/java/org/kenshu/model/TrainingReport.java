package org.kenshu.model;

import java.time.LocalDate;

/** 復命書: what was learned, how it will be used at work, how it will be shared. */
public record TrainingReport(long id, long enrollmentId, LocalDate dueOn, LocalDate submittedOn, String learned,
        String application, String sharing, int version) implements Versioned {
}
