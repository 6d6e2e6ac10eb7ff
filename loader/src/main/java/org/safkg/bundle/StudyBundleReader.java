package org.safkg.bundle;

import org.safkg.concepts.ConceptIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.safkg.ontology.OntologyFiles;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.problems.Problems;

/** Reads a study bundle folder and validates it, reporting every problem in one pass. */
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
     * Reads and validates the bundle in {@code folder}.
     *
     * @throws InvalidInputException with every problem found, if there is any
     */
    public StudyBundle read(Path folder) {
        Problems problems = new Problems();
        if (!Files.isDirectory(folder)) {
            problems.add(Problem.ofFile(ProblemId.FILE_MISSING, folder, "is not a folder.",
                    "Give the folder that holds study.csv, sites.csv, ... (see data/README.md)."));
            problems.throwIfAny("study bundle " + folder);
        }
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        BundleFileGate gate = new BundleFileGate(folder, maxFileBytes);
        java.util.Set<String> unreadable = new java.util.HashSet<>();
        for (FileSchema schema : BundleSchema.FILES) {
            Path file = folder.resolve(schema.fileName());
            if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (schema.required()) {
                    problems.add(Problem.ofFile(ProblemId.FILE_MISSING, file, "the bundle has no " + schema.fileName() + ".",
                            "Copy it from data/template/ and fill it in."));
                }
                continue;
            }
            var refused = gate.refusal(file);
            if (refused.isPresent()) {
                problems.add(refused.get());
                unreadable.add(schema.fileName());
                continue;
            }
            CsvTable table = csv.read(file, problems);
            if (table != null) tables.put(schema.fileName(), table);
            else unreadable.add(schema.fileName());
        }
        ConceptIndex concepts = ConceptIndex.fromGraph(OntologyFiles.ontologyAndConcepts());
        java.util.List<Problem> warnings = new java.util.ArrayList<>();
        new BundleValidator(tables, concepts, problems, warnings, unreadable).validate();
        problems.throwIfAny("study bundle " + folder);
        return new StudyBundle(folder, tables, concepts, warnings);
    }
}
