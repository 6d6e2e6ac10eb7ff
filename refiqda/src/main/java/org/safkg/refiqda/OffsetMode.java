package org.safkg.refiqda;

import java.util.Locale;

/** How a file counts text positions. */
public enum OffsetMode {
    /** Unicode code points from 0, as the REFI-QDA standard says. */
    CODE_POINTS("code-points"),
    /** UTF-16 code units of the BOM-stripped text, as NVivo exports have been seen to count. */
    UTF16("utf16");

    /** What SAF-KG adds to the origin of an export counted in UTF-16 units, so that it reads its own export back the same way. */
    public static final String UTF16_ORIGIN_NOTE = "(positions in UTF-16 units)";

    private final String option;

    OffsetMode(String option) {
        this.option = option;
    }

    /** The name on the command line: code-points or utf16. */
    public String option() {
        return option;
    }

    /** The mode named on the command line (code-points or utf16, any case). */
    public static OffsetMode fromOption(String name) {
        for (OffsetMode m : values()) if (m.option.equals(name.toLowerCase(Locale.ROOT))) return m;
        throw new IllegalArgumentException("--offsets must be code-points or utf16, not '" + name + "'");
    }
}
