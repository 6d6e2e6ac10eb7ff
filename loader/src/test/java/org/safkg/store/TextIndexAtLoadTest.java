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

    @Test
    void aRowProblemFoundWhileTheStudyIsBeingWrittenLeavesTheStoreAndItsTextIndexAsTheyWere() throws IOException {
        Path store = tmp.resolve("tdb2");
        String excerpts = new StudyIris("mini").excerptsGraph();
        Path changed = TestBundles.copy(TestBundles.minimal(), tmp);
        // excerpts are mapped, written and indexed before episodes: the dangling leader of the last episode is found
        // by the second read of the rows, inside the write, after the new quote went into the index
        TestBundles.replace(changed, "excerpts.csv", "We built trust, over years.", "We built quokka trust, over years.");
        TestBundles.replace(changed, "episodes.csv", "SAR02,interpretation", "SAR20,interpretation");
        String before;
        try (StudyStore s = StudyStore.open(store)) {
            new StudyLoader().load(TestBundles.minimal(), s);
            before = sortedQuads(s);
            var e = assertThrows(org.safkg.problems.InvalidInputException.class, () -> new StudyLoader().load(changed, s));
            assertEquals(java.util.List.of(changed.resolve("episodes.csv") + ":3:3: error [ref-dangling] column 'leaders': \"SAR20\" is not an id "
                    + "in actors.csv. Did you mean \"SAR01\"? Known ids: SA-FG, SA-LEADS, SAR01, SAR02."),
                    e.problems().stream().map(p -> p.format()).toList());
            assertEquals(before, sortedQuads(s), "the store holds what it held");
        }
        assertEquals(2, entries(store, excerpts));
        assertEquals(0, withWord(store, "quokka"), "the failed load's quote is not in the index");
        // the same bundle with its episode mended loads, and its quote is found: the word would have been indexed
        TestBundles.replace(changed, "episodes.csv", "SAR20,interpretation", "SAR02,interpretation");
        try (StudyStore s = StudyStore.open(store)) {
            new StudyLoader().load(changed, s);
        }
        assertEquals(1, withWord(store, "quokka"));
    }

    private static String sortedQuads(StudyStore s) {
        DatasetGraph dsg = s.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            java.util.List<String> lines = new java.util.ArrayList<>();
            dsg.find().forEachRemaining(q -> lines.add(q.toString()));
            java.util.Collections.sort(lines);
            return String.join("\n", lines);
        });
    }

    private static long withWord(Path store, String word) throws IOException {
        try (FSDirectory dir = FSDirectory.open(StudyTextIndex.folderFor(store)); DirectoryReader r = DirectoryReader.open(dir)) {
            return new IndexSearcher(r).count(new TermQuery(new Term(StudyTextIndex.TEXT_FIELD, word)));
        }
    }

    private static long entries(Path store, String graph) throws IOException {
        try (FSDirectory dir = FSDirectory.open(StudyTextIndex.folderFor(store)); DirectoryReader r = DirectoryReader.open(dir)) {
            return new IndexSearcher(r).count(new TermQuery(new Term(StudyTextIndex.GRAPH_FIELD, graph)));
        }
    }
}
