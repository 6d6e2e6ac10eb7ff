package org.safkg.refiqda;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.safkg.study.StudyIris;
import org.safkg.vocab.SAF;

/**
 * Writes a study as a REFI-QDA project (.qdpx: project.qde plus sources/GUID.txt), valid against the
 * Project schema, with selection positions counted the way the target tool counts them. An imported
 * project comes back with its own GUIDs, texts and positions, so that importing the export gives the same
 * graphs. A study loaded from a bundle has no source documents: each excerpt becomes a text source of
 * its own, wholly selected and coded with the concepts its annotations apply. GUIDs that the graph lacks
 * are derived from IRIs (name-based UUIDs), so that exporting twice gives the same file content.
 */
public final class QdpxExporter {
    private QdpxExporter() {}

    /** What was written. */
    public record Exported(int codes, int sources, int selections, int codings) {}

    /** Exports with positions in code points, as the REFI-QDA standard counts. */
    public static Exported export(StudyIris iris, Graph study, Graph excerpts, Graph concepts, Path out) {
        return export(iris, study, excerpts, concepts, out, OffsetMode.CODE_POINTS);
    }

    /**
     * Exports the study's graphs ({@code concepts} gives labels and nesting of SAF-KG concepts used as
     * codes) to {@code out}, positions counted as {@code positions}, after checking the project against the schema.
     */
    public static Exported export(StudyIris iris, Graph study, Graph excerpts, Graph concepts, Path out, OffsetMode positions) {
        StudyView view = new StudyView(iris, study, excerpts, concepts);
        Resource s = view.study.getResource(iris.study());
        if (!view.study.contains(s, RDF.type, SAF.Study)) {
            throw new IllegalArgumentException("there is no study '" + iris.studyId() + "' in the store: load or import it first");
        }
        ProjectXmlWriter.Written w = new ProjectXmlWriter(view, positions).write(s);
        List<String> errors = ProjectSchema.bundled().validate(w.qde());
        if (!errors.isEmpty()) throw new IllegalStateException("the exported project does not validate against the REFI-QDA schema: " + errors);
        QdpxFileWriter.write(out, w.qde(), w.sourceFiles());
        return new Exported(w.codes(), w.counts().sources(), w.counts().selections(), w.counts().codings());
    }
}
