package org.safkg.remote;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.io.FileUtils;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Quads kept on disk until they are pushed, one N-Triples file per graph in a temporary folder: a study is mapped (and
 * checked) before the remote store is touched, without holding its triples in memory. Closing deletes the folder.
 */
final class GraphSpool implements AutoCloseable {
    private final Path dir;
    private final Map<String, SpooledGraph> graphs = new TreeMap<>(); // sorted by name: the order they are pushed in

    private static final class SpooledGraph {
        final Path file;
        final OutputStream bytes;
        final StreamRDF out;
        long triples;
        boolean blank;

        SpooledGraph(Path file) throws IOException {
            this.file = file;
            this.bytes = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            this.out = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NTRIPLES_UTF8);
            out.start();
        }
    }

    private GraphSpool(Path dir) {
        this.dir = dir;
    }

    /** A spool in a new temporary folder. */
    static GraphSpool create() {
        return in(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A spool in a new folder inside {@code parent}. */
    static GraphSpool in(Path parent) {
        try {
            return new GraphSpool(Files.createTempDirectory(parent, "safkg-push-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the push: " + e.getMessage(), e);
        }
    }

    /** Keeps the quad; the same quad given twice is kept twice (the caller passes each once). */
    void add(Quad q) {
        SpooledGraph g = spooled(q.getGraph().getURI());
        g.out.triple(q.asTriple());
        g.triples++;
        g.blank |= Chunks.hasBlankNode(q.asTriple());
    }

    /** Makes sure the graph is pushed, even with no triples (it then replaces the remote graph with an empty one). */
    void declare(String graphIri) {
        spooled(graphIri);
    }

    private SpooledGraph spooled(String graphIri) {
        SpooledGraph g = graphs.get(graphIri);
        if (g != null) return g;
        try {
            g = new SpooledGraph(dir.resolve("graph-" + graphs.size() + ".nt"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the push's temporary file in " + dir + ": " + e.getMessage(), e);
        }
        graphs.put(graphIri, g);
        return g;
    }

    /** Ends writing and returns the graphs, sorted by name, each read back from its file when pushed. */
    List<PushedGraph> graphs() {
        List<PushedGraph> out = new ArrayList<>();
        graphs.forEach((name, g) -> {
            g.out.finish();
            try {
                g.bytes.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the push's temporary file " + g.file + ": " + e.getMessage(), e);
            }
            boolean blank = g.blank;
            out.add(new PushedGraph(name, g.triples, (size, chunk) -> Chunks.ofFile(g.file, blank, size, chunk)));
        });
        return out;
    }

    @Override
    public void close() {
        for (SpooledGraph g : graphs.values()) {
            try {
                g.bytes.close();
            } catch (IOException ignored) {
                // the folder is deleted next
            }
        }
        FileUtils.deleteQuietly(dir.toFile());
    }
}
