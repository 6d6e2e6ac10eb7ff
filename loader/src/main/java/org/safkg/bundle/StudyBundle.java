package org.safkg.bundle;

import org.safkg.problems.Problem;

import org.safkg.concepts.ConceptIndex;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A study bundle that has been read and validated, with all its rows in memory: every reference resolves, every
 * concept is known. The mapper reads its rows; nothing here can fail any more.
 */
public final class StudyBundle implements BundleRows {
    private final Path folder;
    private final Map<String, CsvTable> tables;
    private final ConceptIndex concepts;

    /** Rows by file and id, for the mapper's lookups. */
    private final Map<String, Map<String, CsvRow>> byId = new HashMap<>();

    private List<Problem> warnings = List.of();

    StudyBundle(Path folder, Map<String, CsvTable> tables, ConceptIndex concepts, List<Problem> warnings) {
        this(folder, tables, concepts);
        this.warnings = List.copyOf(warnings);
    }

    StudyBundle(Path folder, Map<String, CsvTable> tables, ConceptIndex concepts) {
        this.folder = folder;
        this.tables = tables;
        this.concepts = concepts;
        tables.forEach((name, t) -> {
            Map<String, CsvRow> rows = new HashMap<>();
            t.rows().forEach(r -> rows.putIfAbsent(r.get(BundleSchema.ID), r));
            byId.put(name, rows);
        });
    }

    /** What the checks found doubtful but not wrong (e.g. site-mismatch), each with its file, line and ID. */
    public List<Problem> warnings() {
        return warnings;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void forEachRow(String fileName, java.util.function.Consumer<CsvRow> action) {
        rows(fileName).forEach(action);
    }

    @Override
    public List<CsvRow> kept(String fileName) {
        return rows(fileName);
    }

    /** The rows of a file; empty if the (optional) file is absent. */
    public List<CsvRow> rows(String fileName) {
        CsvTable t = tables.get(fileName);
        return t == null ? List.of() : t.rows();
    }

    @Override
    public Optional<CsvRow> row(String fileName, String id) {
        return Optional.ofNullable(byId.getOrDefault(fileName, Map.of()).get(id));
    }

    /** The files the bundle was read from, with the SHA-256 of the bytes that were read, in file order. */
    public Map<Path, String> checksums() {
        Map<Path, String> m = new TreeMap<>();
        tables.values().forEach(t -> m.put(t.file(), t.sha256()));
        return m;
    }

    @Override
    public ConceptIndex concepts() {
        return concepts;
    }
}
