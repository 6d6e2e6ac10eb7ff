package org.safkg.refiqda;

/** How a file counts text positions. */
public enum OffsetMode {
    /** Unicode code points from 0, as the REFI-QDA standard says. */
    CODE_POINTS,
    /** UTF-16 code units of the BOM-stripped text, as NVivo exports have been seen to count. */
    UTF16
}
