package org.safkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A competency query: a SPARQL file whose header comment states its question and parameters, e.g.
 * <pre>
 * # question: Who led, in which roles, at which sites?
 * # param: siteId (string, optional) the site's identifier, e.g. S3
 * </pre>
 */
public record CompetencyQuery(String name, String sparql, String question, List<QueryParameter> parameters,
        Map<String, String> lookups, Map<String, String> lookupPatterns) {
    private static final Pattern QUESTION = Pattern.compile("^#\\s*question:\\s*(.+)$", Pattern.MULTILINE);
    private static final Pattern PARAM = Pattern.compile(
            "^#\\s*param:\\s*(\\w+)\\s*\\((string|integer|iri|concept)(?:,\\s*(optional|required))?\\)\\s*(.*)$", Pattern.MULTILINE);

    /** {@code # lookup: PARAM ?var}: a bound PARAM becomes {@code VALUES ?var { term }} at the top of the pattern. */
    private static final Pattern LOOKUP = Pattern.compile("^#\\s*lookup:\\s*(\\w+)\\s+\\?(\\w+)\\s*$", Pattern.MULTILINE);

    /**
     * {@code # lookup-pattern: PARAM { PATTERN }}: a bound PARAM puts PATTERN (with PARAM's variable bound to the term)
     * first in the query's pattern; for a parameter that an OPTIONAL tests, where a VALUES lookup would keep rows.
     */
    private static final Pattern LOOKUP_PATTERN = Pattern.compile("^#\\s*lookup-pattern:\\s*(\\w+)\\s+(\\{.*\\})\\s*$", Pattern.MULTILINE);

    public CompetencyQuery(String name, String sparql, String question, List<QueryParameter> parameters, Map<String, String> lookups) {
        this(name, sparql, question, parameters, lookups, Map.of());
    }

    /** Parses the header of a query file. */
    public static CompetencyQuery parse(String name, String sparql) {
        Matcher q = QUESTION.matcher(sparql);
        if (!q.find()) {
            throw new IllegalArgumentException("query " + name + " has no '# question:' line in its header");
        }
        List<QueryParameter> params = new ArrayList<>();
        Matcher p = PARAM.matcher(sparql);
        while (p.find()) {
            params.add(new QueryParameter(p.group(1), QueryParameter.Type.valueOf(p.group(2).toUpperCase(Locale.ROOT)),
                    "required".equals(p.group(3)), p.group(4).strip()));
        }
        Map<String, String> lookups = new LinkedHashMap<>();
        Matcher l = LOOKUP.matcher(sparql);
        while (l.find()) {
            String param = l.group(1), var = l.group(2);
            if (params.stream().noneMatch(x -> x.name().equals(param))) {
                throw new IllegalArgumentException("query " + name + ": '# lookup: " + param + " ?" + var
                        + "' names no declared parameter; declare it with '# param: " + param + " (...)' first");
            }
            if (!Pattern.compile("\\?" + var + "\\b").matcher(sparql.replaceAll("(?m)^#.*$", "")).find()) {
                throw new IllegalArgumentException("query " + name + ": '# lookup: " + param + " ?" + var
                        + "' names a variable the query does not use");
            }
            lookups.put(param, var);
        }
        Map<String, String> patterns = new LinkedHashMap<>();
        Matcher lp = LOOKUP_PATTERN.matcher(sparql);
        while (lp.find()) {
            String param = lp.group(1), pattern = lp.group(2);
            String line = "'# lookup-pattern: " + param + " " + pattern + "'";
            if (params.stream().noneMatch(x -> x.name().equals(param))) {
                throw new IllegalArgumentException("query " + name + ": " + line + " names no declared parameter; declare it with '# param: "
                        + param + " (...)' first");
            }
            if (!Pattern.compile("\\?" + param + "\\b").matcher(pattern).find()) {
                throw new IllegalArgumentException("query " + name + ": " + line + " does not use ?" + param + ", so it would narrow nothing");
            }
            try {
                org.apache.jena.query.Query fragment = new org.apache.jena.query.Query();
                fragment.setPrefixMapping(org.apache.jena.query.QueryFactory.create(sparql).getPrefixMapping());
                org.apache.jena.query.QueryFactory.parse(fragment, "SELECT * WHERE " + pattern, null, org.apache.jena.query.Syntax.syntaxSPARQL_11);
            } catch (org.apache.jena.query.QueryException e) {
                throw new IllegalArgumentException("query " + name + ": " + line + " is not a SPARQL group pattern: "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse("").replaceFirst("^Line \\d+, column \\d+: ", ""));
            }
            patterns.put(param, pattern);
        }
        return new CompetencyQuery(name, sparql, q.group(1).strip(), List.copyOf(params), Map.copyOf(lookups), Map.copyOf(patterns));
    }

    public Optional<QueryParameter> parameter(String name) {
        return parameters.stream().filter(x -> x.name().equals(name)).findFirst();
    }
}
