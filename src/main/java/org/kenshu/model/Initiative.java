package org.kenshu.model;

/** 取組 under a direction. */
public record Initiative(long id, long directionId, String code, String name, String description, int sortOrder,
        int version) implements Versioned {
}
