package org.safkg.query;

import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.safkg.vocab.Namespaces;

/**
 * A user's own SPARQL query (not a competency query): parsed with SAF-KG's prefixes predeclared ({@link Namespaces#all},
 * the list the web editor gets too), its own PREFIX lines taking precedence; a syntax error is told with the line, and a
 * caret under the column.
 */
public final class AdHocQuery {
    private AdHocQuery() {
    }

    /** A query that does not parse: the message says where, and shows the line with a caret. */
    public static final class SyntaxError extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message);
        }
    }

    /**
     * Parses the text (SPARQL 1.1 with Jena's extensions).
     *
     * @throws SyntaxError naming the line and column, with the line and a caret under the column
     */
    public static Query parse(String text) {
        Query q = new Query();
        q.getPrefixMapping().setNsPrefixes(Namespaces.all());
        try {
            return QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new SyntaxError(describe(text, e));
        }
    }

    private static final java.util.regex.Pattern AT = java.util.regex.Pattern.compile("at line (\\d+), column (\\d+)");

    static String describe(String text, QueryParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int line = e.getLine();
        int column = e.getColumn();
        // the parser's message places the offending token more exactly than the exception's own position
        java.util.regex.Matcher at = AT.matcher(message);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
        }
        List<String> lines = text.lines().toList();
        String why;
        if (message.contains("Encountered") && line >= 1 && line <= lines.size() && column >= 1 && column <= lines.get(line - 1).length()) {
            String rest = lines.get(line - 1).substring(column - 1);
            String token = rest.split("\\s", 2)[0];
            why = "unexpected '" + token + "'";
        } else {
            why = firstLine(message).replaceFirst("^Line \\d+, column \\d+: ", "");
        }
        if (line < 1) return "syntax error: " + why;
        StringBuilder b = new StringBuilder("syntax error at line " + line + ", column " + column + ": " + why);
        if (line <= lines.size()) {
            String shown = lines.get(line - 1).replace('\t', ' ');
            b.append('\n').append("  ").append(shown).append('\n').append("  ").append(" ".repeat(Math.max(0, Math.min(column - 1, shown.length())))).append('^');
        }
        return b.toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "not SPARQL";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
