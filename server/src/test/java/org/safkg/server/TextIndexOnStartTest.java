package org.safkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.safkg.load.StudyLoader;
import org.safkg.query.QueryCatalog;
import org.safkg.store.StudyStore;
import org.safkg.store.StudyTextIndex;
import org.safkg.study.StudyIris;

/**
 * The server opens the text index that loads keep up to date, as it is: no rebuild at start (the
 * index's commit is the same before and after a start and stop, and its entries answer text:query
 * at once, stemmed), and two stores side by side each have their own index.
 */
class TextIndexOnStartTest {
    private static final String TRUSTED = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX saf: <https://w3id.org/safkg/ontology#>
            SELECT ?x { ?x text:query (saf:verbatimText "trusted") }""";

    @Test
    void theSharedTestServerBuiltNothingAtStartAndFindsStemmedWords() {
        TestServer t = TestServer.get();
        assertEquals(0, t.server.indexedEntries(), "the load wrote the index; the start built nothing");
        var r = t.select(SafkgServer.RESEARCH, TRUSTED, "researcher");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().lines().count() > 1, "'trusted' finds the quotes on trust: " + r.body());
    }

    @Test
    void aRestartKeepsTheIndexAsItIsAndSiblingStoresDoNotShareOne() throws IOException {
        Path dir = Files.createTempDirectory(TestServer.ROOT.resolve("server/target"), "text-index-start-");
        Path vanguard = dir.resolve("vanguard"), minimal = dir.resolve("minimal");
        try (StudyStore s = StudyStore.open(minimal)) {
            new StudyLoader().load(TestServer.ROOT.resolve("loader/src/test/resources/bundles/minimal"), s);
        }
        try (StudyStore s = StudyStore.open(vanguard)) {
            new StudyLoader().load(TestServer.ROOT.resolve("data/vanguard-2022"), s);
            long generation = generation(vanguard);
            var settings = new SafkgServer.Settings(TestServer.ROOT.resolve("fuseki-config/safkg.ttl"), vanguard,
                    StudyTextIndex.folderFor(vanguard), dir.resolve("passwd"), dir.resolve("run"), "localhost", 0);
            for (int start = 0; start < 2; start++) {
                try (SafkgServer server = SafkgServer.start(settings, QueryCatalog.fromFolder(TestServer.ROOT.resolve("queries")))) {
                    assertEquals(0, server.indexedEntries());
                }
                assertEquals(generation, generation(vanguard), "start " + (start + 1) + " rewrote the index");
            }
        }
        String vanguardExcerpts = new StudyIris("vanguard-2022").excerptsGraph();
        assertEquals(13, entries(vanguard, vanguardExcerpts));
        assertEquals(0, entries(minimal, vanguardExcerpts), "the minimal store's index holds nothing of the other store");
        assertNotEquals(StudyTextIndex.folderFor(vanguard), StudyTextIndex.folderFor(minimal));
    }

    @Test
    void aMissingIndexIsBuiltOnceAtStart() throws IOException {
        Path dir = Files.createTempDirectory(TestServer.ROOT.resolve("server/target"), "text-index-missing-");
        Path store = dir.resolve("tdb2");
        try (StudyStore s = StudyStore.open(store)) {
            new StudyLoader().load(TestServer.ROOT.resolve("data/vanguard-2022"), s);
        }
        org.apache.commons.io.FileUtils.deleteDirectory(StudyTextIndex.folderFor(store).toFile());
        try (StudyStore s = StudyStore.open(store)) {
            var settings = new SafkgServer.Settings(TestServer.ROOT.resolve("fuseki-config/safkg.ttl"), store,
                    StudyTextIndex.folderFor(store), dir.resolve("passwd"), dir.resolve("run"), "localhost", 0);
            try (SafkgServer server = SafkgServer.start(settings, QueryCatalog.fromFolder(TestServer.ROOT.resolve("queries")))) {
                assertTrue(server.indexedEntries() > 13, "quotes and labels: " + server.indexedEntries());
            }
        }
    }

    private static long generation(Path store) throws IOException {
        try (FSDirectory d = FSDirectory.open(StudyTextIndex.folderFor(store))) {
            return SegmentInfos.readLatestCommit(d).getGeneration();
        }
    }

    private static long entries(Path store, String graph) throws IOException {
        try (FSDirectory d = FSDirectory.open(StudyTextIndex.folderFor(store)); DirectoryReader r = DirectoryReader.open(d)) {
            return new IndexSearcher(r).count(new TermQuery(new Term(StudyTextIndex.GRAPH_FIELD, graph)));
        }
    }

    @Test
    void theConfigurationDeclaresTheFieldsAndAnalyzerTheLoaderWrites() throws IOException {
        Path dir = Files.createTempDirectory(TestServer.ROOT.resolve("server/target"), "text-index-config-");
        var m = DeploymentConfig.build(TestServer.ROOT.resolve("fuseki-config/safkg.ttl"), dir.resolve("tdb2"), dir.resolve("tdb2-text"),
                dir.resolve("passwd"));
        var index = (org.apache.jena.query.text.TextIndexLucene) org.apache.jena.assembler.Assembler.general()
                .open(m.getResource(TestServer.ROOT.resolve("fuseki-config/safkg.ttl").toUri() + "#lucene-index"));
        try {
            var def = index.getDocDef();
            var ours = StudyTextIndex.definition();
            assertEquals(ours.getEntityField(), def.getEntityField());
            assertEquals(ours.getGraphField(), def.getGraphField());
            assertEquals(ours.getLangField(), def.getLangField());
            assertEquals(new java.util.TreeSet<>(ours.fields()), new java.util.TreeSet<>(def.fields()));
            for (String f : ours.fields()) assertEquals(java.util.Set.copyOf(ours.getPredicates(f)), java.util.Set.copyOf(def.getPredicates(f)), f);
            // the configured analyzer stems as the loader's does
            assertEquals(stems(StudyTextIndex.config().getAnalyzer()), stems(index.getAnalyzer()));
            assertEquals(java.util.List.of("trust"), stems(index.getAnalyzer()));
        } finally {
            index.close();
        }
    }

    private static java.util.List<String> stems(org.apache.lucene.analysis.Analyzer a) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (var ts = a.tokenStream(StudyTextIndex.TEXT_FIELD, "trusted")) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
