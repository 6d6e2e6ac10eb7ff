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
        for (FileSchema schema : BundleSchema.FILES) {
            Path file = folder.resolve(schema.fileName());
            if (!Files.exists(file)) {
                if (schema.required()) {
                    problems.add(Problem.ofFile(ProblemId.FILE_MISSING, file, "the bundle has no " + schema.fileName() + ".",
                            "Copy it from data/template/ and fill it in."));
                }
                continue;
            }
            CsvTable table = csv.read(file, problems);
            if (table != null) tables.put(schema.fileName(), table);
        }
        ConceptIndex concepts = ConceptIndex.fromGraph(OntologyFiles.ontologyAndConcepts());
        new BundleValidator(tables, concepts, problems).validate();
        problems.throwIfAny("study bundle " + folder);
        return new StudyBundle(folder, tables, concepts);
    }
}
