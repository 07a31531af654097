package org.kenshu.model;

/** 役割・認定: DX推進リーダー, DXer, メンター, 内部講師, 評定者 … */
public record DesignationRole(long id, String code, String name, int sortOrder, int version) implements Versioned {

    public static DesignationRole of(String code, String name, int sortOrder) {
        return new DesignationRole(0, code, name, sortOrder, 0);
    }
}
