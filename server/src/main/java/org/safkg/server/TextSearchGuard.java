package org.safkg.server;

import org.apache.jena.graph.Node;
import org.apache.jena.fuseki.access.DataAccessCtl;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryPF;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterNullIterator;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunction;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * text:query, except in a graph-filtered (access-controlled) query, where it matches nothing. The
 * Lucene index holds the excerpt text and is not subject to jena-fuseki-access's graph filter, and it
 * sits in the context that the public service's TDB2 dataset shares with the text dataset.
 */
final class TextSearchGuard implements PropertyFunction {
    private final TextQueryPF delegate = new TextQueryPF();
    private boolean allowed;

    /** Replaces jena-text's text:query in the JVM's property function registry. */
    static void install() {
        PropertyFunctionRegistry.get().put(TextQuery.NS + "query", uri -> new TextSearchGuard());
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        allowed = !execCxt.getContext().isDefined(org.apache.jena.tdb2.sys.SystemTDB.symTupleFilter)
                && !DataAccessCtl.isAccessControlled(execCxt.getDataset());
        if (allowed) delegate.build(subject, predicate, object, execCxt);
    }

    @Override
    public QueryIterator exec(QueryIterator input, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        if (allowed) return delegate.exec(input, subject, predicate, object, execCxt);
        input.close();
        return QueryIterNullIterator.create(execCxt);
    }
}
