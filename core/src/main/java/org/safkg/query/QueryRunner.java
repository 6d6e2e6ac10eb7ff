package org.safkg.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformSubst;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/** Runs a competency query on a dataset with the user's parameters bound as RDF terms. */
public final class QueryRunner {

    /** Turns the user's {@code name=value} parameters into bound terms, checking them against the query's declaration. */
    public static Map<String, Node> bind(CompetencyQuery q, Map<String, String> values) {
        Map<String, Node> bound = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            QueryParameter p = q.parameter(k).orElseThrow(() -> new IllegalArgumentException(
                    "query " + q.name() + " has no parameter '" + k + "'"
                            + (q.parameters().isEmpty() ? "" : "; it takes: " + String.join(", ", q.parameters().stream().map(QueryParameter::name).toList()))));
            bound.put(k, p.toNode(v));
        });
        for (QueryParameter p : q.parameters()) {
            if (p.required() && !bound.containsKey(p.name())) {
                throw new IllegalArgumentException("query " + q.name() + " needs --param " + p.name() + "=... (" + p.description() + ")");
            }
        }
        return bound;
    }

    /**
     * The query with each bound parameter replaced by its term in the syntax tree (what local execution
     * does too), for an endpoint that takes query text: the terms are written by the serializer, never
     * pasted in as the user typed them.
     */
    public static Query bound(CompetencyQuery q, Map<String, Node> bindings) {
        Query query = withLookups(q, bindings);
        if (bindings.isEmpty()) return query;
        Map<Var, Node> subst = new LinkedHashMap<>();
        bindings.forEach((k, v) -> subst.put(Var.alloc(k), v));
        return QueryTransformOps.transform(query, subst);
    }

    /**
     * The query with {@code VALUES ?var { term }} first in its pattern for each bound parameter that the header
     * declares a lookup ({@code # lookup: PARAM ?var}), and the pattern of each {@code # lookup-pattern: PARAM {...}}
     * with the term in it: the engine then starts from that term's index entries instead of testing a filter on every
     * row. Parameters elsewhere in the query are left as variables for the caller to bind.
     */
    public static Query withLookups(CompetencyQuery q, Map<String, Node> bindings) {
        Query query = QueryFactory.create(q.sparql());
        ElementGroup pattern = new ElementGroup();
        q.lookups().forEach((param, var) -> {
            Node term = bindings.get(param);
            if (term == null) return;
            Var v = Var.alloc(var);
            pattern.addElement(new ElementData(List.of(v), List.of(BindingFactory.binding(v, term))));
        });
        q.lookupPatterns().forEach((param, text) -> {
            Node term = bindings.get(param);
            if (term == null) return;
            // parsed with the query's prefixes; the parameter's variable becomes the term in the syntax tree
            Query fragment = new Query();
            fragment.setPrefixMapping(query.getPrefixMapping());
            QueryFactory.parse(fragment, "SELECT * WHERE " + text, null, Syntax.syntaxSPARQL_11);
            Element narrowed = ElementTransformer.transform(fragment.getQueryPattern(),
                    new ElementTransformSubst(Map.of(Var.alloc(param), term)));
            if (narrowed instanceof ElementGroup g) g.getElements().forEach(pattern::addElement);
            else pattern.addElement(narrowed);
        });
        if (pattern.isEmpty()) return query;
        if (query.getQueryPattern() instanceof ElementGroup group) group.getElements().forEach(pattern::addElement);
        else pattern.addElement(query.getQueryPattern());
        query.setQueryPattern(pattern);
        return query;
    }

    /** Runs a SELECT query and returns its results, fully read (the transaction is over when it returns). */
    public static ResultSetRewindable select(DatasetGraph dsg, CompetencyQuery q, Map<String, Node> bindings) {
        Query query = withLookups(q, bindings);
        return Txn.calculateRead(dsg, () -> {
            QueryExecBuilder b = QueryExec.dataset(dsg).query(query);
            bindings.forEach(b::substitution);
            try (QueryExec exec = b.build()) {
                RowSet rows = exec.select();
                ResultSet rs = ResultSet.adapt(rows);
                return ResultSetFactory.copyResults(rs);
            }
        });
    }
}
