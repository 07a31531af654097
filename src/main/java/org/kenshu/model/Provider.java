package org.kenshu.model;

/** 研修機関: internal, 市町村アカデミー, JIAM, 自治大学校, the prefecture's 研修所 … */
public record Provider(long id, String name, boolean internal, String note, int version) implements Versioned {

    public static Provider of(String name, boolean internal) {
        return new Provider(0, name, internal, null, 0);
    }
}
