package org.kenshu.model;

/** Another spelling of a tier in rosters (「主任」 for 「主任級」). */
public record TierAlias(long id, long tierId, String alias, int version) implements Versioned {
}
