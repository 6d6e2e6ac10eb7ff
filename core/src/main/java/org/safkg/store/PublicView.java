package org.safkg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.sparql.util.Context;
import org.safkg.study.StudyIris;
import org.safkg.vocab.Namespaces;

/**
 * What anyone without a login may read, as a dataset: the one place the rule is written. Every read of the
 * public service (BGP, property path, GRAPH, FROM, DESCRIBE, GSP, the VoID description) goes through
 * {@link #find}, so no query form can reach around it, and a study loaded while serving is covered at once.
 *
 * <p>Default deny: a graph is public only if it is the ontology, a reference graph, or a study's own graph or
 * provenance graph (by the patterns of {@link StudyIris}); any other graph (a study's excerpts, a name nobody
 * listed) is for researchers. The loader puts every respondent's words in the excerpts graph, and refuses a public
 * literal that repeats six of their words (quote-outside-excerpts); the authors' own statements, published in the
 * paper, stay public.
 *
 * <p>It is a {@link org.apache.jena.sparql.core.DatasetGraphWrapperView}, so ARQ evaluates queries over it
 * rather than handing them to TDB2's engine on the store underneath (which is how property paths read past
 * jena-fuseki-access's filter). The text index is not in its context: text:query finds nothing here.
 */
public final class PublicView extends DatasetGraphFilteredView {
    private static final Pattern STUDY_GRAPH = Pattern.compile(Pattern.quote(Namespaces.GRAPH) + "([^/]+)(/provenance)?");
    private static final String REFERENCE = Namespaces.GRAPH + "reference/";

    private final Context context;

    private PublicView(DatasetGraph base) {
        super(base, PublicView::isPublic, List.of());
        // a copy without the text index: the Lucene index holds the excerpt text
        this.context = base.getContext().copy();
        this.context.remove(org.apache.jena.query.text.TextQuery.textIndex);
        // no outbound requests from a public query: SERVICE is refused (a server-side request forgery otherwise)
        this.context.set(org.apache.jena.query.ARQ.httpServiceAllowed, false);
    }

    /** The public view of a store's dataset. */
    public static PublicView of(DatasetGraph base) {
        return new PublicView(base);
    }

    /** Whether the dataset is the public view, or a wrapper of it that does not change what it yields. */
    public static boolean isPublicView(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (true) {
            if (d instanceof PublicView) return true;
            if (d instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w && !(d instanceof org.apache.jena.sparql.core.DatasetGraphWrapperView)) d = w.getWrapped();
            else return false;
        }
    }

    /** Whether anyone may read this quad. */
    public static boolean isPublic(Quad q) {
        return isPublicGraph(q.getGraph());
    }

    /** Whether anyone may read this graph (default deny: only the graphs SAF-KG mints as public). */
    public static boolean isPublicGraph(Node graph) {
        if (graph == null || !graph.isURI()) return false;
        String g = graph.getURI();
        if (g.equals(StudyIris.ONTOLOGY_GRAPH)) return true;
        if (g.startsWith(REFERENCE) && g.length() > REFERENCE.length()) return true;
        Matcher m = STUDY_GRAPH.matcher(g);
        return m.matches() && StudyIris.refusal(m.group(1)).isEmpty();
    }

    @Override
    public Context getContext() {
        return context;
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return visibleGraphs().iterator();
    }

    @Override
    public long size() {
        return visibleGraphs().size();
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return isPublicGraph(graphNode) && getWrapped().containsGraph(graphNode);
    }

    /** The default graph is the union of the public graphs, as the store's is the union of all. */
    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }

    /** The union of the public graphs, read from the store's own quad indexes (not graph by graph: listing the graphs scans a whole index). */
    @Override
    public Graph getUnionGraph() {
        return new PublicUnion();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        if (Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode)) return getUnionGraph();
        return super.getGraph(graphNode);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && (Quad.isDefaultGraph(g) || Quad.isUnionGraph(g))) return unionAsDefault(s, p, o);
        return super.find(g, s, p, o);
    }

    @Override
    public Iterator<Quad> find(Quad q) {
        return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
    }

    /** Read-only (GraphBase refuses adds and deletes); the same triple in two public graphs is returned once. */
    private final class PublicUnion extends GraphBase {
        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
            Iterator<Quad> quads = getWrapped().findNG(Node.ANY, m.getSubject(), m.getPredicate(), m.getObject());
            Iterator<Triple> triples = Iter.map(Iter.filter(quads, PublicView::isPublic), Quad::asTriple);
            return WrappedIterator.createNoRemove(Iter.distinct(triples));
        }
    }

    private Iterator<Quad> unionAsDefault(Node s, Node p, Node o) {
        Iterator<Triple> triples = getUnionGraph().find(s, p, o);
        return Iter.map(triples, t -> Quad.create(Quad.defaultGraphIRI, t));
    }

    private List<Node> visibleGraphs() {
        List<Node> out = new ArrayList<>();
        getWrapped().listGraphNodes().forEachRemaining(g -> {
            if (isPublicGraph(g)) out.add(g);
        });
        return out;
    }
}
