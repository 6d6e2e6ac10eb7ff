package org.safkg.problems;

import java.nio.file.Path;

/**
 * One thing wrong with an input, located at a file, line and column, with a stable error ID
 * (documented in docs/errors.md) and a hint that says how to fix it.
 */
public record Problem(ProblemId id, Path file, int line, int column, String columnName, String message, String hint) {

    /** A problem with a whole file (no line or column). */
    public static Problem ofFile(ProblemId id, Path file, String message, String hint) {
        return new Problem(id, file, 0, 0, null, message, hint);
    }

    /** A problem at a line of a file but no particular column. */
    public static Problem ofLine(ProblemId id, Path file, int line, String message, String hint) {
        return new Problem(id, file, line, 0, null, message, hint);
    }

    /** The message as printed: {@code FILE:LINE:COLUMN: error [ID] (column NAME) MESSAGE. HINT}. */
    public String format() {
        return format("error ");
    }

    /** The same line for a warning, whose caller says it is one: {@code FILE:LINE:COLUMN: [ID] (column NAME) MESSAGE. HINT}. */
    public String formatWarning() {
        return format("");
    }

    private String format(String severity) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (line > 0) sb.append(':').append(line);
        if (column > 0) sb.append(':').append(column);
        sb.append(": ").append(severity).append('[').append(id.code()).append("] ");
        if (columnName != null) sb.append("column '").append(columnName).append("': ");
        sb.append(message);
        if (hint != null && !hint.isEmpty()) sb.append(" ").append(hint);
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
