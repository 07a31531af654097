package org.kenshu.model;

/** 方向性 under a pillar. */
public record Direction(long id, long pillarId, String code, String name, int sortOrder, int version)
        implements Versioned {
}
