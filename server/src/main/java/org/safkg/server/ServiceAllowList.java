package org.safkg.server;

import java.util.Arrays;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Symbol;

/**
 * SERVICE only to the endpoints the server's configuration lists ({@code safkgf:serviceAllowList}: IRI prefixes,
 * separated by spaces; none by default), so that a logged-in query cannot make the server request any host it can
 * reach. Where no list is configured (the command line's own federation queries) Jena's rules apply unchanged.
 */
final class ServiceAllowList implements ChainingServiceExecutor {
    /** The context symbol the configuration sets: {@code ja:cxtName "https://w3id.org/safkg/fuseki#serviceAllowList"}. */
    static final Symbol ALLOW_LIST = Symbol.create(PublicDatasetAssembler.NS + "serviceAllowList");

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding, ExecutionContext execCxt, ServiceExecutor chain) {
        Object list = execCxt.getContext().get(ALLOW_LIST);
        if (list != null) {
            Node target = opExecute.getService();
            String uri = target != null && target.isURI() ? target.getURI() : String.valueOf(target);
            boolean allowed = target != null && target.isURI()
                    && Arrays.stream(list.toString().trim().split("\\s+")).anyMatch(p -> !p.isEmpty() && uri.startsWith(p));
            if (!allowed) {
                throw new QueryDeniedException("SERVICE <" + uri + "> is not in this server's allow-list (safkgf:serviceAllowList in the Fuseki configuration)");
            }
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
