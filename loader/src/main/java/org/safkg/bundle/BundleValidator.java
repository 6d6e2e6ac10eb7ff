package org.safkg.bundle;

import org.safkg.concepts.Concept;
import org.safkg.concepts.ConceptIndex;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.safkg.codes.ExternalCode;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.problems.Problems;
import org.safkg.problems.ShownValue;
import org.safkg.study.StudyIris;

/**
 * Checks a bundle against {@link BundleSchema}: columns, identifiers and concepts over the rows the load keeps
 * ({@link #validate}), then required values, value formats and references row by row as the rows are read again
 * ({@link #checkRow}). Adds every problem; stops at none.
 */
final class BundleValidator {
    static final Pattern ID_PATTERN = StudyIris.ID_PATTERN;
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    private static final Pattern IRI = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/[^\\s]+");
    private static final int MAX_LISTED = 20;

    private final Map<String, CsvTable> tables;
    private final ConceptIndex concepts;
    private final Problems problems;
    /** Per file, the first row of each id: the ids references may name, and the row whose kind some must have. */
    private final Map<String, Map<String, CsvRow>> rowsById;
    /** The files whose header has every required column: only their rows are checked cell by cell. */
    private final Set<String> usable;

    private final List<Problem> warnings;

    private final Set<String> unreadable;

    /**
     * @param unreadable the bundle files that exist but could not be read (their problems are reported already)
     */
    BundleValidator(Map<String, CsvTable> tables, ConceptIndex concepts, Problems problems, List<Problem> warnings, Set<String> unreadable) {
        this(tables, concepts, problems, warnings, unreadable, new HashMap<>(), new java.util.HashSet<>());
    }

    private BundleValidator(Map<String, CsvTable> tables, ConceptIndex concepts, Problems problems, List<Problem> warnings, Set<String> unreadable,
                            Map<String, Map<String, CsvRow>> rowsById, Set<String> usable) {
        this.rowsById = rowsById;
        this.usable = usable;
        this.unreadable = unreadable;
        this.warnings = warnings;
        this.tables = tables;
        this.concepts = concepts;
        this.problems = problems;
    }

    /** The checks that span rows, on the rows the load keeps (whole or {@link BundleSchema#KEPT_COLUMNS}). */
    void validate() {
        for (FileSchema schema : BundleSchema.FILES) {
            CsvTable t = tables.get(schema.fileName());
            if (t != null && checkColumns(schema, t)) usable.add(schema.fileName());
        }
        // ids first (all files), so that references can be checked in any order
        tables.forEach((name, t) -> { if (t.header().contains(BundleSchema.ID)) collectIds(t); });
        if (usable.contains(BundleSchema.CONCEPTS)) addBundleConcepts(tables.get(BundleSchema.CONCEPTS));
        CsvTable study = tables.get(BundleSchema.STUDY);
        if (study != null && usable.contains(BundleSchema.STUDY) && study.rows().size() != 1) {
            problems.add(Problem.ofFile(ProblemId.ROW_COUNT, study.file(),
                    "study.csv must have exactly one data row, it has " + study.rows().size() + ".",
                    "A bundle describes one study; put other studies in bundles of their own."));
        }
        new StudyMeaningChecks(tables, problems, warnings).check();
    }

    private boolean checkColumns(FileSchema schema, CsvTable t) {
        Map<String, Column> expected = schema.byName();
        boolean ok = true;
        for (int i = 0; i < t.header().size(); i++) {
            String h = t.header().get(i);
            if (!expected.containsKey(h)) {
                String near = nearestWord(h, expected.keySet());
                problems.add(new Problem(ProblemId.COLUMN_UNKNOWN, t.file(), 1, i + 1, h,
                        schema.fileName() + " has no column of this name.",
                        (near != null ? "Did you mean '" + near + "'? " : "") + "Columns: " + String.join(", ", expected.keySet()) + "."));
            }
        }
        for (Column c : schema.columns()) {
            if (c.required() && !t.header().contains(c.name())) {
                problems.add(new Problem(ProblemId.COLUMN_MISSING, t.file(), 1, 0, c.name(),
                        "the required column is missing from the header.",
                        "Add a column named '" + c.name() + "' (see data/README.md)."));
                ok = false;
            }
        }
        return ok;
    }

    private void collectIds(CsvTable t) {
        Map<String, CsvRow> first = new HashMap<>();
        for (CsvRow r : t.rows()) {
            String id = r.get(BundleSchema.ID);
            if (id.isEmpty()) continue; // reported as value-missing
            CsvRow earlier = first.putIfAbsent(id, r);
            if (earlier != null) {
                problems.add(r.problem(ProblemId.ID_DUPLICATE, BundleSchema.ID,
                        "\"" + id + "\" is used by more than one row (first on line " + earlier.line() + ").",
                        "Give each row its own id."));
            }
        }
        rowsById.put(t.file().getFileName().toString(), first);
    }

    private void addBundleConcepts(CsvTable t) {
        for (CsvRow r : t.rows()) {
            String id = r.get(BundleSchema.ID);
            String scheme = r.get("scheme");
            if (id.isEmpty() || scheme.isEmpty()) continue;
            if (concepts.find(id).isPresent()) {
                problems.add(r.problem(ProblemId.ID_DUPLICATE, BundleSchema.ID,
                        "\"" + id + "\" is already a SAF-KG concept.",
                        "Use the SAF-KG concept in your cells, or give yours another id and map it with 'match'."));
                continue;
            }
            if (!concepts.hasScheme(scheme)) {
                problems.add(r.problem(ProblemId.CONCEPT_UNKNOWN, "scheme", "\"" + scheme + "\" is not a concept scheme.",
                        suggestion(nearestWord(scheme, concepts.schemes())) + "Schemes: " + String.join(", ", concepts.schemes()) + "."));
                continue;
            }
            String cls = concepts.notations(scheme).stream().findFirst()
                    .flatMap(n -> concepts.find(scheme, n)).map(Concept::conceptClass).orElse(null);
            concepts.add(new Concept(id, scheme, null, cls));
        }
    }

    /** Per file, the first (kept) row of each id, as collected by {@link #validate}. */
    Map<String, Map<String, CsvRow>> rowsById() {
        return rowsById;
    }

    /** Whether the file's rows are checked cell by cell (it was read, and its header has every required column). */
    boolean usable(String fileName) {
        return usable.contains(fileName);
    }

    /** The same checks, adding what they find to {@code other} (one pass over the rows). */
    BundleValidator reportingTo(Problems other) {
        return new BundleValidator(tables, concepts, other, warnings, unreadable, rowsById, usable);
    }

    /** The checks of one full row: its cells' values, references and concepts. */
    void checkRow(FileSchema schema, CsvRow r) {
        for (Column c : schema.columns()) {
            String v = r.get(c.name());
            int control = firstControlCharacter(v);
            if (control >= 0) {
                problems.add(r.problem(ProblemId.CONTROL_CHARACTER, c.name(),
                        String.format("the value holds the control character U+%04X at character %d: %s.", v.codePointAt(control), control + 1, ShownValue.quoted(v)),
                        "Delete it (it is invisible in most editors: retype the cell); only tab and line breaks may appear in text."));
                continue;
            }
            if (v.isEmpty()) {
                if (c.required()) {
                    problems.add(r.problem(ProblemId.VALUE_MISSING, c.name(), "a value is required.", hintFor(c)));
                }
                continue;
            }
            if (EnumSet.of(ColumnKind.REFS, ColumnKind.CONCEPTS, ColumnKind.ANY_CONCEPTS).contains(c.kind())
                    && java.util.Arrays.stream(v.split("\\|", -1)).anyMatch(String::isBlank)) {
                problems.add(r.problem(ProblemId.LIST_ITEM_EMPTY, c.name(), ShownValue.quoted(v) + " has an empty item.",
                        "Write the items with one '|' between each two (e.g. \"a | b\"), with no '|' at the start or end."));
            }
            switch (c.kind()) {
                case ID -> {
                    if (!ID_PATTERN.matcher(v).matches()) {
                        problems.add(r.problem(ProblemId.ID_INVALID, c.name(), ShownValue.quoted(v) + " is not a valid identifier.",
                                "Use letters, digits, '-', '_' and '.', starting with a letter or digit (e.g. S3R01); never a person's name."));
                    } else if (schema.fileName().equals(BundleSchema.STUDY) && StudyIris.isReserved(v)) {
                        problems.add(r.problem(ProblemId.ID_RESERVED, c.name(), ShownValue.quoted(v) + " is reserved: SAF-KG names its own graphs with it.",
                                "Give the study another id (e.g. its first author and year, such as coleman-2022). Reserved: "
                                        + StudyIris.reservedIds() + "."));
                    }
                }
                case TEXT -> { }
                case REF -> checkRef(c, r, v);
                case REFS -> r.getAll(c.name()).forEach(one -> checkRef(c, r, one));
                case CONCEPT -> checkConcept(c, r, v, c.scheme());
                case CONCEPTS -> r.getAll(c.name()).forEach(one -> checkConcept(c, r, one, c.scheme()));
                case ANY_CONCEPTS -> r.getAll(c.name()).forEach(one -> checkConcept(c, r, one, null));
                case INTEGER -> { if (!INTEGER.matcher(v).matches()) invalid(r, c, v, "a whole number of 0 or more (e.g. 48)"); }
                case YEAR_MONTH -> {
                    if (!YEAR_MONTH.matcher(v).matches()) invalid(r, c, v, "a month written YYYY-MM (e.g. 2018-10)");
                    else if (Integer.parseInt(v.substring(0, 4)) < 1900 || Integer.parseInt(v.substring(0, 4)) > 2100) {
                        problems.add(r.problem(ProblemId.VALUE_INVALID, c.name(), ShownValue.quoted(v) + " is not a plausible month of fieldwork.",
                                "Give a year between 1900 and 2100 (e.g. 2018-10)."));
                    }
                }
                case YES_NO -> { if (!v.equals("yes") && !v.equals("no")) invalid(r, c, v, "yes or no"); }
                case ENUM -> {
                    if (!c.targets().contains(v)) {
                        String near = nearestWord(v, c.targets());
                        problems.add(r.problem(ProblemId.VALUE_INVALID, c.name(), ShownValue.quoted(v) + " is not allowed here.",
                                suggestion(near) + "Allowed: " + String.join(", ", c.targets()) + "."));
                    }
                }
                case IRI -> {
                    if (!IRI.matcher(v).matches()) invalid(r, c, v, "an absolute http(s) IRI (e.g. https://creativecommons.org/licenses/by-nc/4.0/)");
                    else checkIri(r, c, v, v);
                }
                case DOI -> {
                    if (!DOI.matcher(v).matches()) invalid(r, c, v, "a DOI without its resolver, e.g. 10.1108/JHOM-02-2022-0037");
                    else checkIri(r, c, v, StudyIris.doi(v));
                }
                case EXTERNAL_CODE -> checkExternalCode(c, r, v);
            }
        }
        checkKinds(schema, r);
    }

    /** References whose target must be of a particular kind. */
    private void checkKinds(FileSchema schema, CsvRow r) {
        switch (schema.fileName()) {
            case BundleSchema.EXCERPTS -> requireKind(r, "speaker", BundleSchema.ACTORS, "kind", List.of("respondent", "focus-group"));
            case BundleSchema.SITES -> {
                requireKind(r, "programme", BundleSchema.PROGRAMMES, "kind", List.of("programme"));
                requireKind(r, "model_type", BundleSchema.PROGRAMMES, "kind", List.of("model-type"));
            }
            case BundleSchema.PROGRAMMES -> requireKind(r, "part_of", BundleSchema.PROGRAMMES, "kind", List.of("programme"));
            case BundleSchema.ACTORS -> r.getAll("member_of").forEach(g ->
                    requireKindOf(r, "member_of", g, BundleSchema.ACTORS, "kind", List.of("group", "focus-group")));
            case BundleSchema.CONCEPTS -> checkConceptLinks(r);
            default -> { }
        }
    }

    private void requireKind(CsvRow r, String column, String targetFile, String kindColumn, List<String> allowed) {
        String v = r.get(column);
        if (!v.isEmpty()) requireKindOf(r, column, v, targetFile, kindColumn, allowed);
    }

    private void requireKindOf(CsvRow r, String column, String id, String targetFile, String kindColumn, List<String> allowed) {
        CsvRow target = rowsById.getOrDefault(targetFile, Map.of()).get(id);
        if (target == null) return;
        String kind = target.get(kindColumn);
        if (!kind.isEmpty() && !allowed.contains(kind)) {
            problems.add(r.problem(ProblemId.REF_WRONG_KIND, column,
                    "\"" + id + "\" is a " + kind + " (" + targetFile + " line " + target.line() + ").",
                    "It must name a row of kind " + String.join(" or ", allowed) + "."));
        }
    }

    private void checkConceptLinks(CsvRow r) {
        String scheme = r.get("scheme");
        String broader = r.get("broader");
        if (!broader.isEmpty() && concepts.find(scheme, broader).isEmpty()) {
            problems.add(r.problem(ProblemId.CONCEPT_UNKNOWN, "broader", "\"" + broader + "\" is not a concept of scheme \"" + scheme + "\".",
                    suggestion(concepts.nearest(scheme, broader).orElse(null)) + "A broader concept must be in the same scheme."));
        }
        String target = r.get("match_target");
        if (!target.isEmpty() && concepts.find(target).isEmpty()) {
            problems.add(r.problem(ProblemId.CONCEPT_UNKNOWN, "match_target", "\"" + target + "\" is not a SAF-KG concept.",
                    suggestion(concepts.nearest(null, target).orElse(null)) + "See the concept schemes in data/README.md."));
        }
        if (!target.isEmpty() && r.get("match").isEmpty()) {
            problems.add(r.problem(ProblemId.VALUE_MISSING, "match", "a match_target needs a match kind.",
                    "Allowed: " + String.join(", ", BundleSchema.MATCH_KINDS) + "."));
        }
    }

    private void checkRef(Column c, CsvRow r, String v) {
        // a file that could not be read was reported once; every reference into it would only repeat that
        if (c.targets().stream().anyMatch(unreadable::contains)) return;
        for (String target : c.targets()) {
            if (rowsById.getOrDefault(target, Map.of()).containsKey(v)) return;
        }
        Set<String> candidates = c.targets().stream().flatMap(t -> rowsById.getOrDefault(t, Map.of()).keySet().stream()).collect(Collectors.toSet());
        String near = nearestWord(v, candidates);
        String files = String.join(" or ", c.targets());
        problems.add(r.problem(ProblemId.REF_DANGLING, c.name(), ShownValue.quoted(v) + " is not an id in " + files + ".",
                suggestion(near) + (candidates.isEmpty() ? "Add a row with this id to " + files + "."
                        : "Known ids: " + listed(candidates.stream().sorted().toList()) + ".")));
    }

    private void checkConcept(Column c, CsvRow r, String v, String scheme) {
        if (scheme == null) {
            if (concepts.find(v).isEmpty()) {
                problems.add(r.problem(ProblemId.CONCEPT_UNKNOWN, c.name(), ShownValue.quoted(v) + " is not a known concept.",
                        suggestion(concepts.nearest(null, v).orElse(null))
                                + "Use a concept id from data/README.md, or define it in concepts.csv."));
            }
            return;
        }
        if (concepts.find(scheme, v).isPresent()) return;
        Optional<Concept> elsewhere = concepts.find(v);
        if (elsewhere.isPresent()) {
            problems.add(r.problem(ProblemId.CONCEPT_WRONG_SCHEME, c.name(),
                    ShownValue.quoted(v) + " is a concept of scheme \"" + elsewhere.get().scheme() + "\", not \"" + scheme + "\".",
                    "Valid values: " + listed(concepts.notations(scheme)) + "."));
            return;
        }
        problems.add(r.problem(ProblemId.CONCEPT_UNKNOWN, c.name(),
                ShownValue.quoted(v) + " is not a concept of scheme \"" + scheme + "\".",
                suggestion(concepts.nearest(scheme, v).orElse(null)) + "Valid values: " + listed(concepts.notations(scheme)) + "."));
    }

    private void checkExternalCode(Column c, CsvRow r, String v) {
        ExternalCode code = ExternalCode.valueOf(c.scheme());
        if (code.matches(v)) return;
        problems.add(r.problem(code.problem(), c.name(), ShownValue.quoted(v) + " is not " + code.what() + ".",
                suggestion(code.suggestion(v).orElse(null)) + code.hint()));
    }

    /** The index of the first C0 or C1 control character other than tab, CR and LF, or -1. */
    static int firstControlCharacter(String v) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || (ch >= 0x7F && ch <= 0x9F)) return i;
        }
        return -1;
    }

    /** A value that becomes (part of) an IRI must make a valid IRI, checked as RDF writers will check it. */
    private void checkIri(CsvRow r, Column c, String v, String iri) {
        try {
            org.apache.jena.irix.IRIx x = org.apache.jena.irix.IRIx.create(iri);
            if (!x.isAbsolute() || x.hasViolations()) throw new org.apache.jena.irix.IRIException("not a valid absolute IRI");
            for (char ch : iri.toCharArray()) if ("<>\"{}|\\^` ".indexOf(ch) >= 0) throw new org.apache.jena.irix.IRIException("'" + ch + "' cannot appear in an IRI");
        } catch (org.apache.jena.irix.IRIException e) {
            problems.add(r.problem(ProblemId.IRI_INVALID, c.name(), ShownValue.quoted(v) + " does not make a valid IRI (" + iri + "): " + e.getMessage().replaceAll("[.\\s]+$", "") + ".",
                    "Remove spaces and the characters < > \" { } | \\ ^ ` (percent-encode them if they are really part of it)."));
        }
    }

    private void invalid(CsvRow r, Column c, String v, String expected) {
        problems.add(r.problem(ProblemId.VALUE_INVALID, c.name(), ShownValue.quoted(v) + " is not valid here.", "Expected " + expected + "."));
    }

    private static String hintFor(Column c) {
        return switch (c.kind()) {
            case ID -> "Give the row an identifier (letters, digits, '-', '_', '.').";
            case REF, REFS -> "Give the id of a row in " + String.join(" or ", c.targets()) + ".";
            case CONCEPT, CONCEPTS -> "Give a concept of scheme \"" + c.scheme() + "\" (see data/README.md).";
            case ANY_CONCEPTS -> "Give at least one concept id (see data/README.md).";
            default -> "Fill it in (see data/README.md).";
        };
    }

    private static String suggestion(String near) {
        return near == null ? "" : "Did you mean \"" + near + "\"? ";
    }

    private static String listed(List<String> values) {
        if (values.size() <= MAX_LISTED) return String.join(", ", values);
        return String.join(", ", values.subList(0, MAX_LISTED)) + ", ... (" + values.size() + " in all)";
    }

    private static String nearestWord(String v, java.util.Collection<String> candidates) {
        LevenshteinDistance lev = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates.stream().sorted().toList()) {
            int d = lev.apply(v.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best != null && bestD < best.length() && bestD <= Math.max(2, best.length() / 3) ? best : null;
    }
}
