package org.kenshu.model;

/** How the organisation writes years: 和暦 (令和8年度) by default, or western (2026年度). */
public enum EraDisplay {
    JAPANESE,
    WESTERN
}
