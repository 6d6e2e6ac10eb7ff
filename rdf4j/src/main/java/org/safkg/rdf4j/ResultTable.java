package org.safkg.rdf4j;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * A SELECT result fully read, engine-neutral: variables and rows of Jena nodes (null = unbound).
 * Compared by value: literals in canonical form, so "01"^^xsd:integer equals "1"^^xsd:integer but not "1".
 */
public record ResultTable(List<String> vars, List<List<Node>> rows) {

    /** Reads a Jena result set (and rewinds it). */
    public static ResultTable of(ResultSetRewindable rs) {
        rs.reset();
        List<List<Node>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<Node> row = new ArrayList<>();
            for (String v : rs.getResultVars()) {
                RDFNode n = s.get(v);
                row.add(n == null ? null : n.asNode());
            }
            rows.add(row);
        }
        rs.reset();
        return new ResultTable(List.copyOf(rs.getResultVars()), rows);
    }

    /** As a Jena result set, e.g. to print it with Jena's formatters. */
    public ResultSetRewindable toResultSet() {
        List<Var> vs = vars.stream().map(Var::alloc).toList();
        List<Binding> bindings = new ArrayList<>();
        for (List<Node> row : rows) {
            BindingBuilder b = BindingBuilder.create();
            for (int i = 0; i < vs.size(); i++) if (row.get(i) != null) b.add(vs.get(i), row.get(i));
            bindings.add(b.build());
        }
        return ResultSetFactory.makeRewindable(ResultSet.adapt(RowSetStream.create(vs, bindings.iterator())));
    }

    /** The rows in a comparable text form (canonical literals; unbound as empty), sorted unless ordered. */
    public List<List<String>> comparable(boolean ordered) {
        List<List<String>> out = new ArrayList<>();
        for (List<Node> row : rows) out.add(row.stream().map(ResultTable::canonical).toList());
        if (!ordered) out.sort(Comparator.comparing(Object::toString));
        return out;
    }

    /** Same variables and same rows (in the same order if ordered). */
    public boolean sameAs(ResultTable other, boolean ordered) {
        return vars.equals(other.vars) && comparable(ordered).equals(other.comparable(ordered));
    }

    private static String canonical(Node n) {
        if (n == null) return "";
        if (n.isLiteral()) return NodeFmtLib.strNT(CanonicalizeLiteral.get().apply(n));
        return NodeFmtLib.strNT(n);
    }
}
