package org.safkg.links;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.safkg.bundle.CsvRow;
import org.safkg.bundle.CsvTable;
import org.safkg.bundle.CsvTableReader;
import org.safkg.codes.ExternalCode;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.problems.Problems;

/**
 * Reads an ONS code list in the Open Geography Portal's CSV layout: one {@code XXXyyCD} column of GSS
 * codes, one {@code XXXyyNM} column of names, optionally {@code XXXyyCDH} (ODS codes), {@code XXXyyNMW}
 * (Welsh names, ignored) and {@code ObjectId}/{@code FID} (row numbers, ignored). Reports every problem
 * with file, line and column.
 */
public final class ReferenceTableReader {
    private static final Pattern CODE_COLUMN = Pattern.compile("([A-Z]+[0-9]{2})(CD|CDH|NM|NMW)");
    private static final List<String> IGNORED = List.of("ObjectId", "OBJECTID", "FID");

    /**
     * Reads and checks {@code file}.
     *
     * @throws org.safkg.problems.InvalidInputException listing every problem, if there is any
     */
    public ReferenceTable read(Path file) {
        Problems problems = new Problems();
        CsvTable t = new CsvTableReader().read(file, problems);
        problems.throwIfAny("reference dataset " + file);
        Map<String, String> columns = columns(t, problems);
        problems.throwIfAny("reference dataset " + file);
        String cd = columns.get("CD"), cdh = columns.get("CDH"), nm = columns.get("NM");
        List<ReferenceEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow r : t.rows()) {
            String gss = r.get(cd), ods = cdh == null ? "" : r.get(cdh), name = r.get(nm);
            boolean ok = required(r, cd, problems) & required(r, nm, problems);
            ok &= code(ExternalCode.GSS, r, cd, gss, problems);
            if (!ods.isEmpty()) ok &= code(ExternalCode.ODS, r, cdh, ods, problems);
            Integer first = gss.isEmpty() ? null : seen.putIfAbsent(gss, r.line());
            if (first != null) {
                problems.add(new Problem(ProblemId.ID_DUPLICATE, file, r.line(), r.column(cd), cd,
                        "\"" + gss + "\" is used by more than one row (first on line " + first + ").", "Each area appears once in a code list."));
                ok = false;
            }
            if (ok) entries.add(new ReferenceEntry(r.line(), gss, ods, name));
        }
        if (t.rows().isEmpty()) {
            problems.add(Problem.ofFile(ProblemId.FILE_EMPTY, file, "the code list has a header but no rows.", "Give one row per area."));
        }
        problems.throwIfAny("reference dataset " + file);
        return new ReferenceTable(file, t.sha256(), columns.get("prefix"), cdh != null, List.copyOf(entries));
    }

    /** Finds the CD, CDH and NM columns (keys "CD", "CDH", "NM", and "prefix" for their shared prefix such as ICB24). */
    private static Map<String, String> columns(CsvTable t, Problems problems) {
        Map<String, String> found = new HashMap<>();
        for (int i = 0; i < t.header().size(); i++) {
            String h = t.header().get(i);
            Matcher m = CODE_COLUMN.matcher(h);
            if (IGNORED.contains(h)) continue;
            if (!m.matches()) {
                problems.add(new Problem(ProblemId.COLUMN_UNKNOWN, t.file(), 1, i + 1, h, "a code list has no column of this name.",
                        "Columns are XXXyyCD (GSS codes), XXXyyNM (names) and optionally XXXyyCDH (ODS codes), XXXyyNMW and ObjectId, e.g. ICB24CD, ICB24NM, ICB24CDH."));
                continue;
            }
            String prefix = found.putIfAbsent("prefix", m.group(1));
            if (prefix != null && !prefix.equals(m.group(1))) {
                problems.add(new Problem(ProblemId.COLUMN_UNKNOWN, t.file(), 1, i + 1, h, "the column's prefix differs from " + prefix + ".",
                        "A code list describes one kind of area: all its columns share one prefix, e.g. ICB24CD and ICB24NM."));
                continue;
            }
            if (!m.group(2).equals("NMW")) found.put(m.group(2), h);
        }
        String prefix = found.getOrDefault("prefix", "XXXyy");
        for (String suffix : List.of("CD", "NM")) {
            if (!found.containsKey(suffix)) {
                problems.add(new Problem(ProblemId.COLUMN_MISSING, t.file(), 1, 0, prefix + suffix, "the required column is missing from the header.",
                        "A code list needs a column of " + (suffix.equals("CD") ? "GSS codes" : "names") + " named like " + prefix + suffix + "."));
            }
        }
        return found;
    }

    private static boolean required(CsvRow r, String column, Problems problems) {
        if (r.has(column)) return true;
        problems.add(new Problem(ProblemId.VALUE_MISSING, r.file(), r.line(), r.column(column), column, "a value is required.", "Fill it in."));
        return false;
    }

    private static boolean code(ExternalCode kind, CsvRow r, String column, String value, Problems problems) {
        if (value.isEmpty() || kind.matches(value)) return true;
        String near = kind.suggestion(value).map(s -> "Did you mean \"" + s + "\"? ").orElse("");
        problems.add(new Problem(kind.problem(), r.file(), r.line(), r.column(column), column,
                "\"" + value + "\" is not " + kind.what() + ".", near + kind.hint()));
        return false;
    }
}
