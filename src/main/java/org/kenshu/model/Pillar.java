package org.kenshu.model;

/** 実施計画の柱. */
public record Pillar(long id, String code, String name, int sortOrder, int version) implements Versioned {
}
