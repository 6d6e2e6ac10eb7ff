package org.safkg.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.safkg.ontology.OntologyFiles;
import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.StudyCheck;
import org.safkg.pipeline.StudyQuads;
import org.safkg.pipeline.StreamedStudy;
import org.safkg.pipeline.StudyStream;
import org.safkg.pipeline.StudyWatch;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.problems.Problems;
import org.safkg.study.StudyGraphs;

/**
 * Checks a mapped study against SAF-KG's SHACL shapes, with the ontology in view for sh:class. A study in memory is
 * validated whole; a study streamed into the store is validated from its quads, a chunk of entities at a time, so that
 * memory does not grow with the study (see {@link #validateEntities}).
 */
public final class ShapeValidator implements StudyCheck {
    /** Subjects per chunk: a few hundred thousand triples at most for the bundles' entities. */
    public static final int SUBJECTS_PER_CHUNK = 10_000;
    private static volatile Shapes shapes;

    @Override
    public List<Problem> check(PreparedStudy study) {
        if (study.entities() != null) {
            return validateEntities(study.entities(), study.graphs().study(), study.location(), SUBJECTS_PER_CHUNK,
                    Runtime.getRuntime().availableProcessors());
        }
        return validate(study.graphs(), study.location());
    }

    /**
     * Watches a streamed study's quads as a sink writes them, checking chunks of entities on all cores but the one the
     * sink writes on (with 2 cores, one checking thread beside the write loaded 1M triples in 26.2-26.6 s, two in 26.6-28.8 s).
     */
    @Override
    public StudyWatch watch(StreamedStudy study, Graph written) {
        return watch(written, study.location(), SUBJECTS_PER_CHUNK, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** Validates the study's graphs; each violation becomes a problem naming the bundle folder. */
    public List<Problem> validate(StudyGraphs graphs, Path bundleFolder) {
        ValidationReport report = ShaclValidator.get().validate(shapes(), union(graphs));
        return problems(report.getEntries(), bundleFolder);
    }

    /**
     * Validates a study from its quads, mapped again entity by entity, a chunk of entities at a time, with the same result
     * as {@link #validate} on its graphs (see {@link Watch}).
     *
     * @param written the study graph as written (with every node's rdf:type)
     */
    public List<Problem> validateEntities(StudyQuads quads, Graph written, Path bundleFolder, int subjectsPerChunk, int threads) {
        try (Watch watch = watch(written, bundleFolder, subjectsPerChunk, threads)) {
            quads.emit(watch);
            return watch.problems();
        }
    }

    /**
     * A watch over a study's quads as a sink writes them: the shapes are checked a chunk of entities at a time on other
     * threads while the sink goes on writing, with the same result as {@link #validate} on the whole study.
     *
     * @param written the study graph the sink is writing, where each quad is before the watch sees it
     */
    public Watch watch(Graph written, Path bundleFolder, int subjectsPerChunk, int threads) {
        return new Watch(written, bundleFolder, subjectsPerChunk, Math.max(1, threads));
    }

    /**
     * Chunks of entities validated as they pass. A chunk holds every quad of its subjects (an entity has them all, see
     * {@link StudyQuads}) and the types of the nodes they point to, looked up in the graph as written, so that every
     * shape (all of SAF-KG's have plain predicate paths) sees what it would see in the whole graph. A node is written with
     * all its types at once, so a node with a type found has all of them; a chunk pointing to a node with none yet (a
     * node written later, or never typed) waits until every quad is written. Memory holds a few chunks and those that
     * wait, never the study. Chunks are made on the sink's thread (a store's transaction is bound to it) and validated
     * on {@code threads} others.
     */
    public static final class Watch extends StreamRDFBase implements StudyWatch {
        private final Graph written;
        private final Path bundleFolder;
        private final int subjectsPerChunk;
        private final int workers;
        private final ExecutorService pool;
        private final List<Future<List<ReportEntry>>> pending = new ArrayList<>();
        private final List<ReportEntry> entries = new ArrayList<>();
        private final List<Chunk> waiting = new ArrayList<>();
        private Chunk chunk = new Chunk();

        private Watch(Graph written, Path bundleFolder, int subjectsPerChunk, int workers) {
            this.written = written;
            this.bundleFolder = bundleFolder;
            this.subjectsPerChunk = subjectsPerChunk;
            this.workers = workers;
            this.pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "safkg-shapes");
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public void quad(Quad q) {
            chunk.triples.add(q.asTriple());
            chunk.subjects.add(q.getSubject());
        }

        @Override
        public void entityEnd() {
            if (chunk.subjects.size() >= subjectsPerChunk) {
                submit(chunk, false);
                chunk = new Chunk();
            }
        }

        /** How many chunks waited for a node written after them (for the load's debug log and the tests). */
        private int waited;

        public int chunksThatWaited() {
            return waited;
        }

        private void submit(Chunk c, boolean allWritten) {
            if (c.subjects.isEmpty()) return;
            if (!c.addTypesFrom(written, allWritten)) {
                waiting.add(c);
                waited++;
                return;
            }
            pending.add(pool.submit(c::validate));
            // at most one chunk per thread waiting in memory
            while (pending.size() > workers) entries.addAll(await(pending.remove(0)));
        }

        /** Call once every quad is written: the problems of every chunk, in an order that does not depend on the chunks'. */
        @Override
        public List<Problem> problems() {
            submit(chunk, true);
            chunk = new Chunk();
            for (Chunk c : waiting) submit(c, true);
            waiting.clear();
            while (!pending.isEmpty()) entries.addAll(await(pending.remove(0)));
            entries.sort(java.util.Comparator.comparing((ReportEntry e) -> e.focusNode().toString())
                    .thenComparing((ReportEntry e) -> String.valueOf(e.resultPath())).thenComparing((ReportEntry e) -> e.message()));
            return ShapeValidator.problems(entries, bundleFolder);
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** A chunk's report entries, once its thread has validated it. */
    private static List<ReportEntry> await(Future<List<ReportEntry>> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the shapes", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking the shapes failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Some subjects with all their triples, the types of the nodes they point to, and the ontology, in one graph (a union
     * of graphs costs SHACL a lookup in each and a duplicate check per triple); only the subjects are focus nodes.
     */
    private static final class Chunk {
        final Set<Node> subjects = new HashSet<>();
        /** The subjects' triples as they pass (a list: the graph is built on the checking thread, not the writer's). */
        final List<Triple> triples = new ArrayList<>();
        final List<Triple> types = new ArrayList<>();

        /**
         * Adds the types of the nodes the subjects point to, as written; false (nothing added) if one of them has none
         * there or in the ontology and not all is written yet: it may be written later.
         */
        boolean addTypesFrom(Graph study, boolean allWritten) {
            Graph ontology = OntologyFiles.ontologyAndConcepts();
            java.util.Map<Node, Boolean> typed = new java.util.HashMap<>();
            List<Triple> found = new ArrayList<>();
            for (Triple t : triples) {
                Node o = t.getObject();
                if (!o.isURI() || subjects.contains(o)) continue;
                Boolean has = typed.get(o);
                if (has == null) {
                    int before = found.size();
                    study.find(o, RDF.type.asNode(), Node.ANY).forEachRemaining(found::add);
                    has = found.size() > before;
                    typed.put(o, has);
                }
                if (!has && !allWritten && !ontology.contains(o, Node.ANY, Node.ANY)) return false;
            }
            types.addAll(found);
            return true;
        }

        /** What Jena's plain validation does, with the focus nodes limited to this chunk's subjects. */
        List<ReportEntry> validate() {
            Graph data = GraphFactory.createGraphMem();
            OntologyFiles.ontologyAndConcepts().find().forEachRemaining(data::add);
            triples.forEach(data::add);
            types.forEach(data::add);
            ValidationContext cxt = ValidationContext.create(shapes(), data);
            for (Shape shape : shapes().getTargetShapes()) {
                for (Node n : VLib.focusNodes(data, shape)) if (subjects.contains(n)) VLib.validateShape(cxt, data, shape, n);
            }
            return List.copyOf(cxt.generateReport().getEntries());
        }
    }

    private static List<Problem> problems(Collection<ReportEntry> entries, Path bundleFolder) {
        Problems problems = new Problems();
        for (ReportEntry e : entries) {
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
