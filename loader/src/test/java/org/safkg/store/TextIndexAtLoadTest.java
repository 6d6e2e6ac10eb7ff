package org.safkg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.load.StudyLoader;
import org.safkg.study.StudyIris;
import org.safkg.testing.TestBundles;
import org.safkg.vocab.SAF;

/**
 * The text index beside a store is written with every load, in step with the store: a loaded study is
 * searchable at once (with English stemming), a reload replaces its entries rather than adding to them,
 * and a load that fails leaves the index as it was.
 */
class TextIndexAtLoadTest {
    @TempDir
    Path tmp;

    private static final String TEXT_QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX saf: <https://w3id.org/safkg/ontology#>
            SELECT ?x ?t { ?x text:query (saf:verbatimText "trusted") ; saf:verbatimText ?t }""";

    @Test
    void aLoadedStudyIsSearchableAtOnceWithStemming() throws IOException {
        Path store = tmp.resolve("tdb2");
        try (StudyStore s = StudyStore.open(store)) {
            new StudyLoader().load(TestBundles.vanguard(), s);
        }
        // the quotes whose words stem to "trust", found independently of Lucene
        Pattern trust = Pattern.compile("(?i)\\btrust(s|ed|ing)?\\b");
        Set<String> expected = new TreeSet<>(), found = new TreeSet<>();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeRead(dsg, () -> dsg.find(null, null, SAF.verbatimText.asNode(), null).forEachRemaining(q -> {
            if (trust.matcher(q.getObject().getLiteralLexicalForm()).find()) expected.add(q.getSubject().getURI());
        }));
        assertFalse(expected.isEmpty(), "the bundled study quotes someone on trust");
        try (FSDirectory dir = FSDirectory.open(StudyTextIndex.folderFor(store))) {
            TextIndexLucene index = new TextIndexLucene(dir, StudyTextIndex.config());
            DatasetGraphText text = (DatasetGraphText) TextDatasetFactory.create(dsg, index);
            Txn.executeRead(text, () -> {
                try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(text)).query(TEXT_QUERY).build()) {
                    qe.execSelect().forEachRemaining(r -> found.add(r.getResource("x").getURI()));
                }
            });
            index.close();
        }
        assertEquals(expected, found);
    }

    @Test
    void aReloadReplacesTheStudysEntriesAndAFailedLoadChangesNothing() throws IOException {
        Path store = tmp.resolve("tdb2");
        String excerpts = new StudyIris("vanguard-2022").excerptsGraph();
        long once, twice, afterFailure;
        try (StudyStore s = StudyStore.open(store)) {
            new StudyLoader().load(TestBundles.vanguard(), s);
            once = entries(store, excerpts);
            new StudyLoader().load(TestBundles.vanguard(), s);
            twice = entries(store, excerpts);
            Graph failing = new GraphBase() {
                @Override
                protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                    throw new IllegalStateException("the disk is full");
                }
            };
            var e = assertThrows(IllegalStateException.class, () -> s.replaceGraphs(Map.of(excerpts, failing)));
            assertEquals("the disk is full", e.getMessage());
            afterFailure = entries(store, excerpts);
        }
        assertEquals(13, once, "one entry per quote of the bundled study");
        assertEquals(once, twice);
        assertEquals(once, afterFailure);
    }

    private static long entries(Path store, String graph) throws IOException {
        try (FSDirectory dir = FSDirectory.open(StudyTextIndex.folderFor(store)); DirectoryReader r = DirectoryReader.open(dir)) {
            return new IndexSearcher(r).count(new TermQuery(new Term(StudyTextIndex.GRAPH_FIELD, graph)));
        }
    }
}
