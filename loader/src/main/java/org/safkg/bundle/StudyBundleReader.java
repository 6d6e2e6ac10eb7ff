package org.safkg.bundle;

import org.safkg.concepts.ConceptIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safkg.ontology.OntologyFiles;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.problems.Problems;
import org.safkg.study.QuoteRuns;

/** Reads a study bundle folder and validates it, reporting every problem at once. */
public final class StudyBundleReader {
    private final CsvTableReader csv = new CsvTableReader();
    private final long maxFileBytes;

    /** A reader with the default size limit per file ({@link BundleFileGate#DEFAULT_MAX_BYTES}). */
    public StudyBundleReader() {
        this(BundleFileGate.DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses (file-too-large) any file over {@code maxFileBytes}. */
    public StudyBundleReader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Reads and validates the bundle in {@code folder}, keeping every row (for tests and small studies; a load streams
     * from {@link #index} instead).
     *
     * @throws InvalidInputException with every problem found, if there is any
     */
    public StudyBundle read(Path folder) {
        BundleIndex index = index(folder);
        CheckedRows pass = index.rows();
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        for (FileSchema schema : BundleSchema.FILES) {
            CsvTable first = index.table(schema.fileName());
            if (first == null) continue;
            java.util.List<CsvRow> rows = new java.util.ArrayList<>();
            pass.forEachRow(schema.fileName(), rows::add);
            tables.put(schema.fileName(), new CsvTable(first.file(), first.sha256(), first.header(), List.copyOf(rows)));
        }
        pass.finish();
        return new StudyBundle(folder, tables, index.concepts(), index.warnings());
    }

    /**
     * Reads the bundle in {@code folder} once, keeping of each row only what the checks across rows and the mapper's
     * look-ups need, and runs those checks, the quote check of every cell and the row checks of the files kept whole
     * (study.csv and the like). If they find a problem, every other row is checked too, so that every problem is
     * reported at once.
     *
     * @throws InvalidInputException with every problem found, if the checks across rows found any
     */
    public BundleIndex index(Path folder) {
        String origin = "study bundle " + folder;
        Problems problems = new Problems();
        if (!Files.isDirectory(folder)) {
            problems.add(Problem.ofFile(ProblemId.FILE_MISSING, folder, "is not a folder.",
                    "Give the folder that holds study.csv, sites.csv, ... (see data/README.md)."));
            problems.throwIfAny(origin);
        }
        Map<String, CsvTable> read = new LinkedHashMap<>();
        BundleFileGate gate = new BundleFileGate(folder, maxFileBytes);
        java.util.Set<String> unreadable = new java.util.HashSet<>();
        QuoteRuns quotes = new QuoteRuns();
        // excerpts.csv first, so that every other file's cells are checked against the quotes as they are read (and the
        // quotes are not kept for the second read); each file's problems are still reported in the order of the files
        Map<String, Problems> byFile = new LinkedHashMap<>();
        BundleSchema.FILES.forEach(f -> byFile.put(f.fileName(), new Problems()));
        List<FileSchema> order = new java.util.ArrayList<>(BundleSchema.FILES);
        order.sort(java.util.Comparator.comparing(f -> !f.fileName().equals(BundleSchema.EXCERPTS)));
        for (FileSchema schema : order) {
            String name = schema.fileName();
            Problems found = byFile.get(name);
            Path file = folder.resolve(name);
            if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (schema.required()) {
                    found.add(Problem.ofFile(ProblemId.FILE_MISSING, file, "the bundle has no " + name + ".",
                            "Copy it from data/template/ and fill it in."));
                }
                continue;
            }
            var refused = gate.refusal(file);
            if (refused.isPresent()) {
                found.add(refused.get());
                unreadable.add(name);
                continue;
            }
            java.util.List<CsvRow> kept = new java.util.ArrayList<>();
            java.util.List<CsvRow> excerpts = new java.util.ArrayList<>();
            List<String> columns = BundleSchema.KEPT_COLUMNS.get(name);
            // the rows of a file share its header: its names are worked out once, from the first row
            List<List<String>> header = new java.util.ArrayList<>(1);
            CsvTable table = csv.read(file, found, r -> {
                if (header.isEmpty()) header.add(r.columnNames());
                if (name.equals(BundleSchema.EXCERPTS)) {
                    quotes.add(r.get(BundleSchema.ID), r.raw("text"));
                    excerpts.add(r);
                } else {
                    StudyMeaningChecks.noQuoteOutsideExcerpts(name, header.get(0), r, quotes, found);
                }
                kept.add(columns == null ? r : r.keeping(columns));
            });
            // an excerpt's other cells may repeat a later excerpt: checked once all are known
            excerpts.forEach(r -> StudyMeaningChecks.noQuoteOutsideExcerpts(name, header.get(0), r, quotes, found));
            if (table != null) read.put(name, new CsvTable(table.file(), table.sha256(), table.header(), kept));
            else unreadable.add(name);
        }
        byFile.values().forEach(found -> found.all().forEach(problems::add));
        // and the files in their own order again, for the checks that go through them all (e.g. duplicate ids)
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        BundleSchema.FILES.forEach(f -> { if (read.containsKey(f.fileName())) tables.put(f.fileName(), read.get(f.fileName())); });
        ConceptIndex concepts = ConceptIndex.fromGraph(OntologyFiles.ontologyAndConcepts());
        java.util.List<Problem> warnings = new java.util.ArrayList<>();
        BundleValidator validator = new BundleValidator(tables, concepts, problems, warnings, unreadable);
        validator.validate();
        BundleIndex index = new BundleIndex(folder, tables, concepts, warnings, validator, origin);
        // the files kept whole are checked row by row now; if anything is wrong, so are all the others, to report all at once
        CheckedRows wholeFiles = CheckedRows.start(index, problems, true);
        if (!problems.isEmpty()) wholeFiles.finish();
        return index;
    }
}
