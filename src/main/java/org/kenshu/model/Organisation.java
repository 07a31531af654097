package org.kenshu.model;

/** The city itself: its name, how it writes dates, when its fiscal year starts, and counting settings. */
public record Organisation(
        String name,
        String preset,
        EraDisplay eraDisplay,
        int fiscalYearStartMonth,
        String yearEndClosureStart,
        String yearEndClosureEnd,
        boolean lateCountsAsAttended,
        boolean leftEarlyCountsAsAttended,
        int minimumSessionSize,
        int version) {

    public static Organisation unnamed() {
        return new Organisation("", null, EraDisplay.JAPANESE, FiscalYear.APRIL, "12-29", "01-03", true, true, 5, 0);
    }

    public Organisation withName(String newName) {
        return new Organisation(newName, preset, eraDisplay, fiscalYearStartMonth, yearEndClosureStart,
                yearEndClosureEnd, lateCountsAsAttended, leftEarlyCountsAsAttended, minimumSessionSize, version);
    }
}
