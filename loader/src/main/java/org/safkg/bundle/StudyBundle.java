package org.safkg.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A study bundle that has been read and validated: every reference resolves, every concept is
 * known. The mapper reads its rows; nothing here can fail any more.
 */
public final class StudyBundle {
    private final Path folder;
    private final Map<String, CsvTable> tables;
    private final ConceptIndex concepts;

    StudyBundle(Path folder, Map<String, CsvTable> tables, ConceptIndex concepts) {
        this.folder = folder;
        this.tables = tables;
        this.concepts = concepts;
    }

    public Path folder() {
        return folder;
    }

    /** The study's identifier (study.csv's single row). */
    public String studyId() {
        return study().get(BundleSchema.ID);
    }

    public CsvRow study() {
        return rows(BundleSchema.STUDY).get(0);
    }

    /** The rows of a file; empty if the (optional) file is absent. */
    public List<CsvRow> rows(String fileName) {
        CsvTable t = tables.get(fileName);
        return t == null ? List.of() : t.rows();
    }

    public Optional<CsvRow> row(String fileName, String id) {
        return rows(fileName).stream().filter(r -> r.get(BundleSchema.ID).equals(id)).findFirst();
    }

    /** The files the bundle was read from, for provenance. */
    public List<Path> files() {
        return tables.values().stream().map(CsvTable::file).sorted().toList();
    }

    public ConceptIndex concepts() {
        return concepts;
    }
}
