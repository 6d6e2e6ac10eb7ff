package org.safkg.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.safkg.concepts.ConceptIndex;
import org.safkg.problems.Problem;
import org.safkg.problems.Problems;

/**
 * A bundle after the load's first read, which passed the checks that span rows: each file's header and checksum, and
 * the cells of each row that those checks and the mapper's look-ups need (ids, not rows). A pass over the
 * full rows ({@link #rows()}) reads the files again, checking each row before it is handed on.
 */
public final class BundleIndex {
    private final Path folder;
    private final Map<String, CsvTable> kept;
    private final ConceptIndex concepts;
    private final List<Problem> warnings;
    private final BundleValidator validator;
    private final String origin;

    BundleIndex(Path folder, Map<String, CsvTable> kept, ConceptIndex concepts, List<Problem> warnings, BundleValidator validator,
                String origin) {
        this.folder = folder;
        this.kept = kept;
        this.concepts = concepts;
        this.warnings = List.copyOf(warnings);
        this.validator = validator;
        this.origin = origin;
    }

    /**
     * A pass over the bundle's full rows, read again from its files (the files kept whole from memory: the first read
     * checked them). A row is handed on only while the pass has found no problem; {@link CheckedRows#finish} throws
     * what it found.
     */
    public CheckedRows rows() {
        return CheckedRows.start(this, new Problems(), false);
    }

    public Path folder() {
        return folder;
    }

    /** What the checks found doubtful but not wrong (e.g. site-mismatch), each with its file, line and ID. */
    public List<Problem> warnings() {
        return warnings;
    }

    /** The files the bundle was read from, with the SHA-256 of the bytes that were read, in file order. */
    public Map<Path, String> checksums() {
        Map<Path, String> m = new TreeMap<>();
        kept.values().forEach(t -> m.put(t.file(), t.sha256()));
        return m;
    }

    /** The number of data rows of a file (0 if the optional file is absent). */
    public int rowCount(String fileName) {
        return kept(fileName).size();
    }

    public String studyId() {
        return kept(BundleSchema.STUDY).get(0).get(BundleSchema.ID);
    }

    /** study.csv's single row. */
    public CsvRow study() {
        return kept(BundleSchema.STUDY).get(0);
    }

    ConceptIndex concepts() {
        return concepts;
    }

    List<CsvRow> kept(String fileName) {
        CsvTable t = kept.get(fileName);
        return t == null ? List.of() : t.rows();
    }

    Optional<CsvRow> row(String fileName, String id) {
        return Optional.ofNullable(validator.rowsById().getOrDefault(fileName, Map.of()).get(id));
    }

    /** The file as first read (header and checksum), or null if it is absent or unreadable. */
    CsvTable table(String fileName) {
        return kept.get(fileName);
    }

    BundleValidator validator() {
        return validator;
    }

    /** What a problem with this bundle is reported as. */
    String origin() {
        return origin;
    }
}
