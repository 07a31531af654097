package org.kenshu.ui.common;

/** What the officer chose when their edit met a change made elsewhere. */
public enum ConflictChoice {
    /** Save my values over the stored ones. */
    KEEP_MINE,
    /** Drop my edit and show the stored values. */
    TAKE_STORED
}
