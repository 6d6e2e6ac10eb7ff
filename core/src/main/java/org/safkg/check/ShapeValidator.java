package org.safkg.check;

import org.safkg.study.StudyGraphs;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.safkg.ontology.OntologyFiles;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.problems.Problems;
import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.StudyCheck;

/** Checks a mapped study against SAF-KG's SHACL shapes, with the ontology in view for sh:class. */
public final class ShapeValidator implements StudyCheck {
    private static volatile Shapes shapes;

    @Override
    public List<Problem> check(PreparedStudy study) {
        return validate(study.graphs(), study.location());
    }

    /** Validates the study's graphs; each violation becomes a problem naming the bundle folder. */
    public List<Problem> validate(StudyGraphs graphs, Path bundleFolder) {
        ValidationReport report = ShaclValidator.get().validate(shapes(), union(graphs));
        Problems problems = new Problems();
        for (ReportEntry e : report.getEntries()) {
            problems.add(Problem.ofFile(ProblemId.SHAPE_VIOLATION, bundleFolder,
                    "<" + e.focusNode() + ">" + (e.resultPath() != null ? " " + e.resultPath() : "") + ": " + e.message() + ".",
                    "Fix the row this resource comes from (its id is the last part of the IRI)."));
        }
        return problems.all();
    }

    /** The data graph SHACL sees: the study, its excerpt text, the ontology and the concepts. */
    public static Graph union(StudyGraphs graphs) {
        MultiUnion u = new MultiUnion();
        u.addGraph(graphs.study());
        u.addGraph(graphs.excerpts());
        u.addGraph(OntologyFiles.ontologyAndConcepts());
        return u;
    }

    private static Shapes shapes() {
        if (shapes == null) shapes = Shapes.parse(OntologyFiles.shapes());
        return shapes;
    }
}
