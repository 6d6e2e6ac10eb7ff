package org.safkg.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.query.ResultSet;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryParameter;
import org.safkg.query.ParameterCheck;
import org.safkg.query.QueryRunner;

/**
 * The competency questions as forms: /questions/ lists them; /questions/NAME shows the question, a
 * form for its parameters (choices from the graph), and the answer with labels and links;
 * /questions/NAME.csv|.tsv|.json downloads the answer. Parameters are bound as RDF terms.
 */
final class QuestionServlet extends HttpServlet {
    private static final Pattern ANSWER = Pattern.compile("^#\\s*answer:\\s*(.+)$", Pattern.MULTILINE);
    /** A value that starts with a number and a space is a sort key when a whole column is made of them ("1 role"). */
    private static final Pattern SORT_KEY = Pattern.compile("^\\d+ (\\D.*)$", Pattern.DOTALL);
    private static final Query LINKS = QueryFactory.create(Sparql.PREFIXES
            + "SELECT ?v ?r WHERE { ?r ?p ?v . VALUES ?p { dcterms:identifier rdfs:label skos:prefLabel } }");

    private final WebSettings settings;

    QuestionServlet(WebSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        SparqlGateway gateway = SparqlGateway.forRequest(req, settings);
        if (path.equals("/")) {
            List<QuestionListPage.Item> items = settings.queries().all().values().stream()
                    .map(q -> new QuestionListPage.Item(q.name(), q.question(),
                            q.parameters().stream().map(QueryParameter::name).collect(Collectors.joining(", "))))
                    .toList();
            gateway.checkLogin();
            Pages.render(res, "questions.jte", new QuestionListPage(gateway.researcher(), items));
            return;
        }
        String name = path.substring(1);
        String format = null;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            format = name.substring(dot + 1);
            name = name.substring(0, dot);
        }
        var found = settings.queries().find(name);
        if (found.isEmpty() || (format != null && !List.of("csv", "tsv", "json").contains(format))) {
            gateway.checkLogin();
            Pages.render(res, HttpServletResponse.SC_NOT_FOUND, "not-found.jte",
                    new NotFoundPage(gateway.researcher(), "the question " + path.substring(1), "a competency question; see /questions/"));
            return;
        }
        CompetencyQuery q = found.get();
        Map<String, String> given = new LinkedHashMap<>();
        for (QueryParameter p : q.parameters()) {
            String v = req.getParameter(p.name());
            if (v != null && !v.isBlank()) given.put(p.name(), v.strip());
        }
        Map<String, Node> bound;
        String problem = null;
        try {
            bound = QueryRunner.bind(q, given);
            // a well-formed value that names nothing would answer "no rows" without a word: say so, as the CLI does
            var unknown = ParameterCheck.unknownValue(q, bound, new GatewayData(gateway));
            if (unknown.isPresent()) {
                bound = null;
                problem = unknown.get();
            }
        } catch (IllegalArgumentException e) {
            bound = null;
            problem = e.getMessage();
        }
        if (format != null) {
            if (bound == null) {
                Pages.refuse(res, HttpServletResponse.SC_BAD_REQUEST, problem);
                return;
            }
            download(res, gateway, q, bound, format);
            return;
        }
        boolean complete = q.parameters().stream().noneMatch(p -> p.required() && !given.containsKey(p.name()));
        if (!complete) problem = null; // an empty form is not a mistake
        List<QuestionPage.Field> fields = new ArrayList<>();
        for (QueryParameter p : q.parameters()) {
            String value = given.getOrDefault(p.name(), "");
            List<QuestionPage.Choice> choices = ParameterChoices.of(gateway, p).stream()
                    .map(c -> new QuestionPage.Choice(c[0], c[1], c[0].equals(value))).toList();
            fields.add(new QuestionPage.Field(p.name(), p.description(), p.required(), value, choices));
        }
        List<String> columns = List.of();
        List<List<Value>> rows = List.of();
        boolean answered = false;
        List<Link> downloads = List.of();
        String editor = null;
        if (bound != null && complete) {
            SparqlGateway.Rows result = gateway.select(QueryRunner.withLookups(q, bound), bound);
            columns = result.vars();
            rows = table(gateway, result);
            answered = true;
            String query = given.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            String suffix = query.isEmpty() ? "" : "?" + query;
            downloads = List.of(new Link("CSV", q.name() + ".csv" + suffix), new Link("TSV", q.name() + ".tsv" + suffix),
                    new Link("JSON", q.name() + ".json" + suffix));
            editor = FusekiUiServlet.PATH + "#/dataset/" + (gateway.researcher() ? settings.researchService() : settings.publicService())
                    + "/query?query=" + URLEncoder.encode(withValues(q, bound), StandardCharsets.UTF_8).replace("+", "%20");
        }
        var answer = ANSWER.matcher(q.sparql());
        Pages.render(res, "question.jte", new QuestionPage(gateway.researcher(), q.name(), q.question(),
                answer.find() ? answer.group(1).strip() : null, fields, answered, columns, rows, downloads, editor, problem));
    }

    private static void download(HttpServletResponse res, SparqlGateway gateway, CompetencyQuery q, Map<String, Node> bound, String format) throws IOException {
        SparqlGateway.Rows result = gateway.select(QueryRunner.withLookups(q, bound), bound);
        org.apache.jena.riot.Lang lang = switch (format) {
            case "csv" -> ResultSetLang.RS_CSV;
            case "tsv" -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
        res.setContentType(lang.getContentType().getContentTypeStr() + ";charset=utf-8");
        res.setHeader("Content-Disposition", "attachment; filename=\"" + q.name() + "." + format + "\"");
        List<Var> vars = result.vars().stream().map(Var::alloc).toList();
        ResultSet rs = ResultSet.adapt(RowSetStream.create(vars, result.bindings().iterator()));
        ResultSetMgr.write(res.getOutputStream(), rs, lang);
    }

    /** The rows as the page shows them: labels for IRIs, no language tags, no sort keys, links where a value names one resource. */
    private static List<List<Value>> table(SparqlGateway gateway, SparqlGateway.Rows result) {
        Set<Node> nodes = new LinkedHashSet<>();
        Set<Node> literals = new LinkedHashSet<>();
        for (Binding b : result.bindings()) {
            for (String v : result.vars()) {
                Node n = result.get(b, v);
                if (n == null) continue;
                nodes.add(n);
                if (n.isLiteral() && literals.size() < 1000) literals.add(n);
            }
        }
        Labels labels = Labels.of(gateway, nodes);
        Map<Node, String> links = linksOf(gateway, literals);
        Set<String> sortKeyed = new LinkedHashSet<>();
        for (String v : result.vars()) {
            boolean all = !result.bindings().isEmpty();
            for (Binding b : result.bindings()) {
                Node n = result.get(b, v);
                if (n != null && !(n.isLiteral() && SORT_KEY.matcher(n.getLiteralLexicalForm()).matches())) all = false;
            }
            if (all) sortKeyed.add(v);
        }
        List<List<Value>> rows = new ArrayList<>();
        for (Binding b : result.bindings()) {
            List<Value> row = new ArrayList<>();
            for (String v : result.vars()) {
                Node n = result.get(b, v);
                if (n == null) row.add(new Value("", null));
                else if (n.isLiteral()) {
                    String text = n.getLiteralLexicalForm();
                    if (sortKeyed.contains(v)) {
                        var m = SORT_KEY.matcher(text);
                        if (m.matches()) text = m.group(1);
                    }
                    row.add(new Value(text, links.get(n)));
                } else row.add(labels.value(n));
            }
            rows.add(row);
        }
        return rows;
    }

    /** For each literal that is the identifier or label of exactly one SAF-KG resource, that resource's page. */
    private static Map<Node, String> linksOf(SparqlGateway gateway, Set<Node> literals) {
        Map<Node, String> out = new HashMap<>();
        if (literals.isEmpty()) return out;
        Query q = LINKS.cloneQuery();
        Var v = Var.alloc("v");
        q.setValuesDataBlock(List.of(v), literals.stream().map(n -> (Binding) BindingFactory.binding(v, n)).toList());
        var rows = gateway.select(q, Map.of());
        Map<Node, Set<String>> found = new HashMap<>();
        rows.bindings().forEach(b -> {
            Node r = rows.get(b, "r");
            if (r.isURI()) LinkedDataPaths.pathOf(r.getURI()).ifPresent(p -> found.computeIfAbsent(rows.get(b, "v"), k -> new LinkedHashSet<>()).add(p));
        });
        found.forEach((n, paths) -> {
            if (paths.size() == 1) out.put(n, paths.iterator().next());
        });
        return out;
    }

    /** The query text with the parameters bound in a VALUES block at the top of its pattern, for the SPARQL editor. */
    static String withValues(CompetencyQuery cq, Map<String, Node> bound) {
        Query q = QueryFactory.create(cq.sparql());
        if (bound.isEmpty()) return q.serialize();
        List<Var> vars = bound.keySet().stream().map(Var::alloc).toList();
        var builder = BindingFactory.builder();
        bound.forEach((k, n) -> builder.add(Var.alloc(k), n));
        ElementData data = new ElementData(vars, List.of(builder.build()));
        ElementGroup group = new ElementGroup();
        group.addElement(data);
        Element pattern = q.getQueryPattern();
        if (pattern instanceof ElementGroup g) g.getElements().forEach(group::addElement);
        else group.addElement(pattern);
        q.setQueryPattern(group);
        return q.serialize();
    }
}
