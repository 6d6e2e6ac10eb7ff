package org.safkg.server;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.describe.DescribeHandler;
import org.apache.jena.sparql.core.describe.DescribeHandlerRegistry;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * DESCRIBE that reads through the query engine, with the execution's context, so that
 * jena-fuseki-access's TDB2 graph filter applies. Jena's default handler reads the dataset's models
 * directly, which bypasses that filter: on the public service it returned the excerpt text.
 * Like the default, it describes a resource by its triples and the closure of their blank nodes.
 */
final class FilteredDescribeHandler implements DescribeHandler {
    private static final Query OUTGOING = QueryFactory.create("SELECT ?p ?o { ?s ?p ?o }");
    private Model acc;
    private Context context;
    private DatasetGraph dataset;
    private final Set<Node> done = new HashSet<>();

    /** Makes this the only DESCRIBE handler of the JVM. */
    static void install() {
        DescribeHandlerRegistry reg = DescribeHandlerRegistry.get();
        reg.clear();
        reg.add(FilteredDescribeHandler::new);
    }

    @Override
    public void start(Model accumulateResultModel, Context cxt) {
        acc = accumulateResultModel;
        context = cxt;
        Object obj = cxt.get(ARQConstants.sysCurrentDataset);
        if (obj instanceof Dataset ds) dataset = ds.asDatasetGraph();
        else if (obj instanceof DatasetGraph dsg) dataset = dsg;
    }

    @Override
    public void describe(Resource r) {
        if (dataset != null) closure(r.asNode());
    }

    private void closure(Node subject) {
        if (!done.add(subject)) return;
        try (QueryExec exec = QueryExec.dataset(dataset).query(OUTGOING).substitution("s", subject).context(context).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(b -> {
                Node o = b.get("o");
                acc.getGraph().add(Triple.create(subject, b.get("p"), o));
                if (o.isBlank()) closure(o);
            });
        }
    }

    @Override
    public void finish() {}

}
