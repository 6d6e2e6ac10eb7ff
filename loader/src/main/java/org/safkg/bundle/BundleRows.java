package org.safkg.bundle;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.safkg.concepts.ConceptIndex;

/** A checked bundle as the mapper reads it: each file's rows in order, and the cells other rows look up. */
public interface BundleRows {
    /** The study's identifier (study.csv's single row). */
    default String studyId() {
        return study().get(BundleSchema.ID);
    }

    /** study.csv's single row. */
    default CsvRow study() {
        return kept(BundleSchema.STUDY).get(0);
    }

    /** The concepts cells may name: SAF-KG's and the bundle's own. */
    ConceptIndex concepts();

    /** Hands each full row of the file to {@code action} in order, each row checked first (none if the file is absent). */
    void forEachRow(String fileName, Consumer<CsvRow> action);

    /**
     * The rows of a file with at least the cells that checks across rows and look-ups read (the files of
     * {@link BundleSchema#KEPT_WHOLE} whole, of others the columns of {@link BundleSchema#KEPT_COLUMNS}).
     */
    List<CsvRow> kept(String fileName);

    /** The first row of the file with this id, with at least its kept cells. */
    Optional<CsvRow> row(String fileName, String id);
}
