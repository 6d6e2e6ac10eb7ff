package org.safkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.safkg.vocab.SAF;

/**
 * A store's full-text index (Lucene, English stemming: "trusted" finds "trust"), kept beside the store
 * in {@code STORE-text} and brought up to date by every load, in step with its write transaction, so
 * that a server opens it as it is. The fields are those fuseki-config/safkg.ttl declares for text:query.
 */
public final class StudyTextIndex {
    /** The Lucene field of the entity (subject IRI), the graph, and the language tag. */
    public static final String URI_FIELD = "uri", GRAPH_FIELD = "graph", LANG_FIELD = "lang";
    /** The indexed fields: excerpt text and labels. */
    public static final String TEXT_FIELD = "text", LABEL_FIELD = "label";

    private final Directory directory;

    private StudyTextIndex(Directory directory) {
        this.directory = directory;
    }

    /** The index folder of a store: beside it, named after it, so that two stores never share one. */
    public static Path folderFor(Path store) {
        Path abs = store.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-text");
    }

    /** Whether an index has ever been committed in the folder. */
    public static boolean exists(Path folder) {
        if (!Files.isDirectory(folder)) return false;
        try (Directory d = FSDirectory.open(folder)) {
            return DirectoryReader.indexExists(d);
        } catch (IOException e) {
            return false;
        }
    }

    static StudyTextIndex onDisk(Path folder) {
        try {
            Files.createDirectories(folder);
            return new StudyTextIndex(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index " + folder + ": " + e.getMessage(), e);
        }
    }

    static StudyTextIndex inMemory() {
        return new StudyTextIndex(new org.apache.lucene.store.ByteBuffersDirectory());
    }

    /** What text:query indexes: excerpt text (field "text") and labels (field "label"), per graph and language. */
    public static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition(URI_FIELD, TEXT_FIELD, SAF.verbatimText.asNode());
        def.set(LABEL_FIELD, RDFS.label.asNode());
        def.setGraphField(GRAPH_FIELD);
        def.setLangField(LANG_FIELD);
        return def;
    }

    /** The index configuration: the definition above, English analysis, values stored (for highlighting). */
    public static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setAnalyzer(new EnglishAnalyzer());
        config.setValueStored(true);
        return config;
    }

    /** An open writer on the index; its changes are visible only once {@link #commit()} is called. */
    public final class Update implements AutoCloseable {
        private final TextIndexLucene index = new TextIndexLucene(directory, config());
        private boolean done;

        /** Replaces the entries of a graph by those of its new content (none if it is empty). */
        public void replace(String graphIri, Graph content) {
            drop(graphIri);
            Node g = NodeFactory.createURI(graphIri);
            // only the indexed predicates: a study graph of a million triples holds a few thousand texts and labels
            for (Node p : indexedPredicates()) add(content.find(Node.ANY, p, Node.ANY).mapWith(t -> Quad.create(g, t)));
        }

        private java.util.List<Node> indexedPredicates() {
            EntityDefinition def = index.getDocDef();
            return def.fields().stream().flatMap(f -> def.getPredicates(f).stream()).distinct().toList();
        }

        /** Drops the entries of a graph, e.g. before its new quads are {@linkplain #add(Quad) added} one by one. */
        public void drop(String graphIri) {
            try {
                index.getIndexWriter().deleteDocuments(new Term(GRAPH_FIELD, graphIri));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot update the text index: " + e.getMessage(), e);
            }
        }

        /** Adds the entry of a quad, if its predicate is indexed (a quad added twice gives two entries). */
        public void add(Quad q) {
            Entity e = TextQueryFuncs.entityFromQuad(index.getDocDef(), q);
            if (e != null) {
                index.addEntity(e);
                added++;
            }
        }

        /** Drops every entry, e.g. before a rebuild. */
        public void clear() {
            try {
                index.getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clear the text index: " + e.getMessage(), e);
            }
        }

        /** Adds the entries of every indexed quad of a dataset (in a read transaction of the caller's); returns how many. */
        public int addAll(DatasetGraph dsg) {
            int before = added;
            for (Node p : indexedPredicates()) add(dsg.find(Node.ANY, Node.ANY, p, Node.ANY));
            return added - before;
        }

        private int added;

        private void add(java.util.Iterator<Quad> quads) {
            quads.forEachRemaining(this::add);
        }

        /** First phase: everything written, nothing visible; call inside the store's write transaction. */
        public void prepare() {
            index.prepareCommit();
        }

        /** Second phase, after the store committed. */
        public void commit() {
            index.commit();
            done = true;
        }

        /** Closes the writer (one may be open at a time); without {@link #commit()} its changes are dropped. */
        @Override
        public void close() {
            if (!done) index.rollback(); // drops the changes and opens a fresh writer, closed next
            index.close();
        }
    }

    /** Opens a writer; one at a time per index. */
    public Update begin() {
        return new Update();
    }

    /** The Lucene directory, for tests and for opening the index beside the store. */
    public Directory directory() {
        return directory;
    }

    void close() {
        try {
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
