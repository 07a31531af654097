package org.kenshu.model;

import java.time.LocalDate;

/** 所属 (部・課・係): a node of the department tree. */
public record Department(long id, String code, String name, Long parentId, int sortOrder,
        LocalDate validFrom, LocalDate validTo, Long mergedIntoId, int version) implements Versioned {

    public static Department root(String name) {
        return new Department(0, null, name, null, 0, null, null, null, 0);
    }

    public static Department child(String name, long parentId) {
        return new Department(0, null, name, parentId, 0, null, null, null, 0);
    }

    public boolean isActiveOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
