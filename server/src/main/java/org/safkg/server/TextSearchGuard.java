package org.safkg.server;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryPF;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterNullIterator;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunction;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * text:query, except on the public view, where it matches nothing: the Lucene index holds the excerpt
 * text and answers from outside any dataset view. (The view's own context has no index either.)
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
        allowed = !org.safkg.store.PublicView.isPublicView(execCxt.getDataset());
        if (allowed) delegate.build(subject, predicate, object, execCxt);
    }

    @Override
    public QueryIterator exec(QueryIterator input, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        if (allowed) return delegate.exec(input, subject, predicate, object, execCxt);
        input.close();
        return QueryIterNullIterator.create(execCxt);
    }
}
