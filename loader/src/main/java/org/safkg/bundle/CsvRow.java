package org.safkg.bundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;

/** One data row of a CSV file, remembering where it came from so that errors can point at it. */
public final class CsvRow {
    private final Path file;
    private final int line;
    private final Map<String, Integer> columnIndex;
    private final List<String> values;

    CsvRow(Path file, int line, Map<String, Integer> columnIndex, List<String> values) {
        this.file = file;
        this.line = line;
        this.columnIndex = columnIndex;
        this.values = values;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line on which the row starts. */
    public int line() {
        return line;
    }

    /** The 1-based column number of a header name, or 0 when the file has no such column. */
    public int column(String name) {
        Integer i = columnIndex.get(name);
        return i == null ? 0 : i + 1;
    }

    /** The trimmed cell value, or "" when the column is absent or the cell empty. */
    public String get(String name) {
        Integer i = columnIndex.get(name);
        if (i == null || i >= values.size()) return "";
        return values.get(i).strip();
    }

    /** The cell value exactly as written (for verbatim text). */
    public String raw(String name) {
        Integer i = columnIndex.get(name);
        if (i == null || i >= values.size()) return "";
        return values.get(i);
    }

    /**
     * This row with only the cells of {@code columns} (the others read as empty): what the load keeps of a row for the
     * checks and look-ups that span rows, while the row itself is read again when it is mapped.
     */
    CsvRow keeping(java.util.Collection<String> columns) {
        String[] kept = new String[values.size()];
        Arrays.fill(kept, "");
        for (String c : columns) {
            Integer i = columnIndex.get(c);
            if (i != null && i < kept.length) kept[i] = values.get(i);
        }
        return new CsvRow(file, line, columnIndex, Arrays.asList(kept));
    }

    /** The names of the file's columns, in the order of its header. */
    List<String> columnNames() {
        String[] names = new String[values.size()];
        columnIndex.forEach((name, i) -> { if (i < names.length) names[i] = name; });
        return Arrays.stream(names).filter(java.util.Objects::nonNull).toList();
    }

    /** A problem with one cell of this row, located at its file, line and column. */
    public Problem problem(ProblemId id, String column, String message, String hint) {
        return new Problem(id, file, line, column(column), column, message, hint);
    }

    public boolean has(String name) {
        return !get(name).isEmpty();
    }

    /** The values of a multi-valued cell ({@code a | b}), trimmed, empty ones dropped. */
    public List<String> getAll(String name) {
        String v = get(name);
        if (v.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }
}
