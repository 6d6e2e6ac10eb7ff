package org.safkg.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/** Renders query results as a plain text table for people: literals by their text, IRIs with prefixes, unbound as empty. */
final class PlainTable {
    private PlainTable() {}

    static String render(ResultSetRewindable rs, PrefixMapping prefixes) {
        rs.reset();
        List<String> vars = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            for (String v : vars) row.add(text(s.get(v), prefixes));
            rows.add(row);
        }
        rs.reset();
        int[] width = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            width[i] = vars.get(i).length();
            for (List<String> r : rows) width[i] = Math.max(width[i], r.get(i).length());
        }
        StringBuilder sb = new StringBuilder();
        line(sb, vars, width);
        for (int i = 0; i < width.length; i++) sb.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        sb.append('\n');
        rows.forEach(r -> line(sb, r, width));
        sb.append(rows.size()).append(rows.size() == 1 ? " row\n" : " rows\n");
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(" | ");
            String c = cells.get(i);
            sb.append(c);
            if (i < cells.size() - 1) sb.append(" ".repeat(width[i] - c.length()));
        }
        sb.append('\n');
    }

    private static String text(RDFNode n, PrefixMapping prefixes) {
        if (n == null) return "";
        if (n.isLiteral()) return n.asLiteral().getLexicalForm().replace('\n', ' ');
        if (n.isURIResource()) return prefixes.shortForm(n.asResource().getURI());
        return "_:" + n.asResource().getId().getLabelString();
    }
}
