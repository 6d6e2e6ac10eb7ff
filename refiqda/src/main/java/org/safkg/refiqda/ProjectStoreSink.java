package org.safkg.refiqda;

import org.safkg.vocab.QDA;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.StudySink;
import org.safkg.pipeline.TdbStoreSink;
import org.safkg.pipeline.WriteReport;
import org.safkg.problems.ProblemId;
import org.safkg.store.StudyStore;
import org.safkg.study.StudyIris;

/**
 * The embedded store as the sink of a REFI-QDA import: it replaces an earlier import of the same project, but refuses
 * ({@code qda-study-taken}) a study of the same id imported from a different project or loaded from a bundle, unless
 * told to replace it: two projects that share a name must not overwrite each other unasked.
 */
public final class ProjectStoreSink implements StudySink {
    private final Path location;
    private final StudyStore open;
    private final boolean replace;

    private ProjectStoreSink(Path location, StudyStore open, boolean replace) {
        this.location = location;
        this.open = open;
        this.replace = replace;
    }

    /** The store in a folder, opened only when a checked study is written, and closed after. */
    public static ProjectStoreSink at(Path location, boolean replace) {
        return new ProjectStoreSink(location, null, replace);
    }

    /** A store the caller has open (and closes). */
    public static ProjectStoreSink into(StudyStore store, boolean replace) {
        return new ProjectStoreSink(null, store, replace);
    }

    @Override
    public WriteReport write(PreparedStudy study) {
        if (open != null) {
            requireFree(study, open);
            return TdbStoreSink.into(open, replace).write(study);
        }
        try (StudyStore store = StudyStore.open(location)) {
            requireFree(study, store);
            WriteReport r = TdbStoreSink.into(store, replace).write(study);
            return new WriteReport(location.toString(), r.graphs(), r.change());
        }
    }

    private void requireFree(PreparedStudy study, StudyStore store) {
        StudyIris iris = study.graphs().iris();
        String guid = study.graphs().study().find(NodeFactory.createURI(iris.study()), QDA.projectGuid.asNode(), Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse(null);
        Optional<Optional<String>> there = ProjectIdentity.inStore(store, iris);
        if (replace || there.isEmpty() || there.get().equals(Optional.ofNullable(guid))) return;
        String other = there.get().map(g -> "imported from a different project (" + g + "; this one is " + guid + ")")
                .orElse("loaded from a study bundle, not from a REFI-QDA project");
        throw QdpxArchive.fail(study.location(), ProblemId.QDA_STUDY_TAKEN, "the store already holds a study '" + iris.studyId() + "', " + other + ".",
                "Import under another study id with --as STUDY_ID, or give --replace to replace that study.");
    }
}
