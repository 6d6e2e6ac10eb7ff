package org.safkg.refiqda;

import org.safkg.vocab.QDA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safkg.refiqda.TestFiles.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.study.StudyGraphs;
import org.safkg.study.StudyIris;
import org.safkg.ontology.OntologyFiles;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.ProblemId;
import org.safkg.refiqda.RefiQdaImporter.ImportedStudy;
import org.safkg.refiqda.RefiQdaImporter.Options;
import org.safkg.store.StudyStore;
import org.safkg.vocab.SAF;

/**
 * A study is known by the project it came from, not by its file's name: two different projects both saved
 * as project.qde never silently overwrite each other, while the same project may be imported again.
 */
class StudyIdentityTest {
    @TempDir
    Path tmp;

    /** A bare project.qde beside its sources/ folder, in its own folder; {@code source} tells projects apart. */
    private Path projectQde(String folder, String name, String source, String created) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(folder).resolve("sources"));
        String qde = project("QualCoder 3.5", "internal://i1.txt", 3, 8).replace(SOURCE, source)
                .replace("name=\"test project\"", "name=\"" + name + "\"" + (created == null ? "" : " creationDateTime=\"" + created + "\""));
        Files.writeString(dir.resolve("i1.txt"), "We trust them.");
        return Files.writeString(dir.getParent().resolve("project.qde"), qde);
    }

    private static ImportedStudy load(Path f, Options o, StudyStore store) {
        return new RefiQdaImporter().load(f, o, store, RefiQdaImporter.Progress.NONE);
    }

    private static Graph studyGraph(StudyStore store, String studyId) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.datasetGraph(), () ->
                store.datasetGraph().getGraph(NodeFactory.createURI(new StudyIris(studyId).studyGraph())).find().forEachRemaining(g::add));
        return g;
    }

    private static List<String> graphs(StudyStore store) {
        return store.graphNames().stream().sorted().toList();
    }

    @Test
    void aDifferentProjectOfTheSameNameIsRefusedUnlessRenamedOrReplaced() throws Exception {
        Path a = projectQde("a", "test project", "bbbbbbbb-0000-4000-8000-00000000000a", null);
        Path b = projectQde("b", "test project", "bbbbbbbb-0000-4000-8000-00000000000b", null);
        try (StudyStore store = StudyStore.inMemory()) {
            ImportedStudy first = load(a, Options.of(null), store);
            assertEquals("test-project", first.graphs().iris().studyId()); // from the project's name, not "project"
            Graph before = studyGraph(store, "test-project");
            List<String> graphsBefore = graphs(store);

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> load(b, Options.of(null), store));
            String ga = ProjectIdentity.guid(first.project());
            String gb = ProjectIdentity.guid(new RefiQdaImporter().prepare(b, Options.of(null), RefiQdaImporter.Progress.NONE).project());
            assertNotEquals(ga, gb);
            assertEquals(1, e.problems().size());
            assertEquals(ProblemId.QDA_STUDY_TAKEN, e.problems().get(0).id());
            assertEquals(b + ": error [qda-study-taken] the store already holds a study 'test-project', imported from a different project (" + ga
                    + "; this one is " + gb + "). Import under another study id with --as STUDY_ID, or give --replace to replace that study.",
                    e.problems().get(0).format());
            assertTrue(before.isIsomorphicWith(studyGraph(store, "test-project")), "the refused import left the study as it was");
            assertEquals(graphsBefore, graphs(store));

            // --as: both are kept, side by side
            load(b, Options.of("test-project-b"), store);
            assertTrue(before.isIsomorphicWith(studyGraph(store, "test-project")));
            assertEquals(gb, literal(studyGraph(store, "test-project-b"), new StudyIris("test-project-b").study(), QDA.projectGuid.getURI()));

            // --replace: the second takes the first's place
            load(b, Options.of(null).withReplace(true), store);
            assertEquals(gb, literal(studyGraph(store, "test-project"), new StudyIris("test-project").study(), QDA.projectGuid.getURI()));
        }
    }

    @Test
    void twoProjectQdeFilesWithDifferentNamesAreBothKept() throws Exception {
        try (StudyStore store = StudyStore.inMemory()) {
            load(projectQde("a", "Ward round interviews", "bbbbbbbb-0000-4000-8000-00000000000a", null), Options.of(null), store);
            load(projectQde("b", "Board minutes", "bbbbbbbb-0000-4000-8000-00000000000b", null), Options.of(null), store);
            assertEquals(1, studyGraph(store, "ward-round-interviews").find(NodeFactory.createURI(new StudyIris("ward-round-interviews").study()),
                    org.apache.jena.vocabulary.RDF.type.asNode(), SAF.Study.asNode()).toList().size());
            assertEquals(1, studyGraph(store, "board-minutes").find(NodeFactory.createURI(new StudyIris("board-minutes").study()),
                    org.apache.jena.vocabulary.RDF.type.asNode(), SAF.Study.asNode()).toList().size());
        }
    }

    @Test
    void theSameProjectMayComeAgainEvenThroughAnExport() throws Exception {
        // a tool that writes a creation time (NVivo does): the name and that time identify the project
        Path a = projectQde("a", "test project", "bbbbbbbb-0000-4000-8000-00000000000a", "2024-09-15T15:36:45Z");
        try (StudyStore store = StudyStore.inMemory()) {
            ImportedStudy first = load(a, Options.of(null), store);
            load(a, Options.of(null), store);
            Path out = tmp.resolve("out/again.qdpx");
            QdpxExporter.export(first.graphs().iris(), first.graphs().study(), first.graphs().excerpts(), OntologyFiles.ontologyAndConcepts(), out);
            assertTrue(new String(RoundTripTest.qde(out), java.nio.charset.StandardCharsets.UTF_8).contains("creationDateTime=\"2024-09-15T15:36:45Z\""));
            assertEquals(ProjectIdentity.guid(first.project()), ProjectIdentity.guid(load(out, Options.of(null), store).project()));
            // the same name created at another time is another project, even with the same sources
            Path other = projectQde("b", "test project", "bbbbbbbb-0000-4000-8000-00000000000a", "2025-01-01T00:00:00Z");
            assertEquals(ProblemId.QDA_STUDY_TAKEN, assertThrows(InvalidInputException.class, () -> load(other, Options.of(null), store)).problems().get(0).id());
        }
    }

    @Test
    void aStudyLoadedFromABundleIsNotOverwrittenByAProject() throws Exception {
        try (StudyStore store = StudyStore.inMemory()) {
            StudyIris iris = new StudyIris("test-project");
            Graph study = GraphFactory.createDefaultGraph();
            study.add(NodeFactory.createURI(iris.study()), org.apache.jena.vocabulary.RDF.type.asNode(), SAF.Study.asNode());
            store.replaceStudy(new StudyGraphs(iris, study, GraphFactory.createDefaultGraph()), GraphFactory.createDefaultGraph());
            assertEquals(Optional.of(Optional.empty()), ProjectIdentity.inStore(store, iris));
            Path a = projectQde("a", "test project", "bbbbbbbb-0000-4000-8000-00000000000a", null);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> load(a, Options.of(null), store));
            assertEquals(a + ": error [qda-study-taken] the store already holds a study 'test-project', loaded from a study bundle, not from a REFI-QDA project."
                    + " Import under another study id with --as STUDY_ID, or give --replace to replace that study.", e.problems().get(0).format());
            assertEquals(1, studyGraph(store, "test-project").size());
        }
    }

    @Test
    void anEmptyProjectIsReported() throws Exception {
        Path f = Files.writeString(tmp.resolve("empty.qde"), "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"nothing\" origin=\"MAXQDA 2022\"/>");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new RefiQdaImporter().prepare(f, Options.of(null), RefiQdaImporter.Progress.NONE));
        assertEquals(f + ": error [qda-empty-project] holds no codes and no text sources: there is nothing to import."
                + " Export the project again from your QDA tool, with its codes and documents (a codebook alone is a .qdc).", e.problems().get(0).format());
    }
}
