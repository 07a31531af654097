package org.kenshu.model;

/** 計画 and 実績 of an initiative in one fiscal year, with optional counts (評定者研修 40名). */
public record InitiativeYear(long id, long initiativeId, int fiscalYear, String planText, String resultText,
        Integer planCount, Integer resultCount, String countUnit, String countSource, int version)
        implements Versioned {
}
