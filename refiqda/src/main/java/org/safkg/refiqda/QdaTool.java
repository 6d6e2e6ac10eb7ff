package org.safkg.refiqda;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A QDA tool an export is meant for, and how it counts text positions when it reads a .qdpx. NVivo counts
 * UTF-16 code units (seen in its exports); QualCoder indexes Python strings, i.e. code points; for ATLAS.ti
 * and MAXQDA no export with characters outside the BMP has been seen, so they get the standard's code points.
 */
public enum QdaTool {
    NVIVO("nvivo", OffsetMode.UTF16),
    ATLASTI("atlasti", OffsetMode.CODE_POINTS),
    MAXQDA("maxqda", OffsetMode.CODE_POINTS),
    QUALCODER("qualcoder", OffsetMode.CODE_POINTS);

    private final String option;
    private final OffsetMode offsets;

    QdaTool(String option, OffsetMode offsets) {
        this.option = option;
        this.offsets = offsets;
    }

    /** The name on the command line. */
    public String option() {
        return option;
    }

    /** How this tool counts positions. */
    public OffsetMode offsets() {
        return offsets;
    }

    /** The tool named on the command line (nvivo, atlasti, maxqda, qualcoder, any case). */
    public static QdaTool fromOption(String name) {
        for (QdaTool t : values()) if (t.option.equals(name.toLowerCase(Locale.ROOT))) return t;
        throw new IllegalArgumentException("--for must be one of " + names() + ", not '" + name + "'");
    }

    /** The command-line names, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(QdaTool::option).collect(Collectors.joining(", "));
    }
}
