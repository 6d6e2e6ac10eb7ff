package org.safkg.bundle;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.safkg.concepts.ConceptIndex;
import org.safkg.problems.Problems;

/**
 * One pass over a bundle's full rows ({@link BundleIndex#rows()}): each file is read again (refused as file-changed if
 * its bytes differ from the first read), each row checked cell by cell and handed on while no problem has been found.
 * The mapping streams from it, so no file's rows are held beyond the one being mapped.
 */
public final class CheckedRows implements BundleRows {
    private final BundleIndex index;
    private final Problems problems;
    private final BundleValidator validator;
    private final Set<String> read = new HashSet<>();

    private CheckedRows(BundleIndex index, Problems problems) {
        this.index = index;
        this.problems = problems;
        this.validator = index.validator().reportingTo(problems);
    }

    /**
     * A pass reporting to {@code problems}. The rows of the files kept whole are checked by the first pass only
     * ({@code first}): the study's id, its DOI and the like must be known good before anything is named after them.
     */
    static CheckedRows start(BundleIndex index, Problems problems, boolean first) {
        CheckedRows rows = new CheckedRows(index, problems);
        for (FileSchema schema : BundleSchema.FILES) {
            if (!BundleSchema.KEPT_WHOLE.contains(schema.fileName())) continue;
            rows.read.add(schema.fileName());
            if (first && index.validator().usable(schema.fileName())) index.kept(schema.fileName()).forEach(r -> rows.check(schema, r));
        }
        return rows;
    }

    /** Whether the pass has found no problem so far: only then are rows handed on. */
    public boolean clean() {
        return problems.isEmpty();
    }

    @Override
    public void forEachRow(String fileName, Consumer<CsvRow> action) {
        if (BundleSchema.KEPT_WHOLE.contains(fileName)) {
            // checked by the first read
            for (CsvRow r : index.kept(fileName)) if (clean()) action.accept(r);
            return;
        }
        if (!read.add(fileName)) throw new IllegalStateException(fileName + " was read already in this pass");
        CsvTable first = index.table(fileName);
        if (first == null || !index.validator().usable(fileName)) return;
        FileSchema schema = BundleSchema.schema(fileName).orElseThrow();
        Problems reading = new Problems();
        CsvTable again = new CsvTableReader().read(first.file(), reading, first.sha256(), r -> {
            check(schema, r);
            if (clean()) action.accept(r);
        });
        // the same bytes give the same reading problems, reported by the first read; a file that changed or went is new
        if (again == null) reading.all().forEach(problems::add);
    }

    /**
     * Checks the rows of every file this pass has not read, then throws every problem the pass found.
     *
     * @throws org.safkg.problems.InvalidInputException if the pass found any problem
     */
    public void finish() {
        for (FileSchema schema : BundleSchema.FILES) {
            if (!read.contains(schema.fileName())) forEachRow(schema.fileName(), r -> { });
        }
        problems.throwIfAny(index.origin());
    }

    private void check(FileSchema schema, CsvRow r) {
        validator.checkRow(schema, r);
    }

    @Override
    public ConceptIndex concepts() {
        return index.concepts();
    }

    @Override
    public List<CsvRow> kept(String fileName) {
        return index.kept(fileName);
    }

    @Override
    public Optional<CsvRow> row(String fileName, String id) {
        return index.row(fileName, id);
    }
}
