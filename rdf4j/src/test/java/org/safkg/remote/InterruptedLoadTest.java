package org.safkg.remote;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.load.StudyLoader;
import org.safkg.rdf4j.QueryCases;

/**
 * A push that dies part way (the Fuseki server is killed as soon as the first graph is in) says
 * which graphs were written and which not; once the server is back, re-running the same push
 * completes the job and leaves every graph exactly as pushed.
 */
class InterruptedLoadTest {
    @TempDir
    Path tmp;

    @Test
    void aFailedPushNamesWhatWasWrittenAndARerunCompletesIt() {
        DatasetGraph pushed = StudyLoader.asDataset(new StudyLoader().prepare(QueryCases.ROOT.resolve("data/vanguard-2022")));
        List<String> names = RemoteLoad.graphNames(pushed);
        Optional<RemoteCredentials> loader = Optional.of(new RemoteCredentials(FusekiProcess.USER, FusekiProcess.PASSWORD));
        try (FusekiProcess fuseki = FusekiProcess.start(tmp.resolve("fuseki"))) {
            GraphStoreTarget target = new GraphStoreTarget(fuseki.data(), loader);
            RemoteLoadException e = assertThrows(RemoteLoadException.class, () -> new RemoteLoad(500).push(pushed, target, new RemoteLoad.Listener() {
                @Override
                public void graphWritten(String graphIri) {
                    fuseki.kill();
                }
            }));
            assertEquals(names.subList(0, 1), e.written());
            assertEquals(names.subList(1, names.size()), e.notWritten());
            assertTrue(e.getMessage().startsWith("pushing to Graph Store Protocol endpoint " + fuseki.data() + " failed on <" + names.get(1) + ">: "), e.getMessage());

            fuseki.restart();
            assertEquals(names, new RemoteLoad(500).push(pushed, target, new RemoteLoad.Listener() {}));
            for (String g : names) {
                Graph remote = GSP.service(fuseki.data()).graphName(g).httpHeader("Authorization", loader.get().basicAuthorization()).GET();
                Graph mine = pushed.getGraph(NodeFactory.createURI(g));
                assertEquals(mine.size(), remote.size(), "triples in <" + g + ">");
                assertTrue(mine.isIsomorphicWith(remote), "<" + g + "> is the graph pushed");
            }
        }
    }
}
