package org.safkg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.safkg.vocab.SAF;

/**
 * The leadership network of a site or a study: its episodes linked to their leaders, roles, skills,
 * sources of authority, position bases, attributes, characteristics, conditions, and the leaders'
 * organisations; read through the visitor's gateway.
 */
final class LeadershipNetwork {
    /** Edge kinds: the property's local name and the kind of node it leads to (one filter per kind). */
    static final Map<String, String> KINDS = new LinkedHashMap<>();
    static {
        KINDS.put("leader", "leader");
        KINDS.put("inRole", "role");
        KINDS.put("drewOnSkill", "skill");
        KINDS.put("drewOnAuthority", "authority");
        KINDS.put("positionBasis", "position");
        KINDS.put("drewOnAttribute", "attribute");
        KINDS.put("showedCharacteristic", "characteristic");
        KINDS.put("enabledBy", "condition");
        KINDS.put("constrainedBy", "condition");
        KINDS.put("organisation", "organisation");
    }
    private static final String EDGES = """
            SELECT ?e ?p ?o WHERE {
              %s
              { VALUES ?p { saf:leader saf:inRole saf:drewOnSkill saf:drewOnAuthority saf:positionBasis saf:drewOnAttribute
                            saf:showedCharacteristic saf:enabledBy saf:constrainedBy }
                ?e ?p ?o }
              UNION
              { ?e saf:leader ?a . ?a org:memberOf|(org:holds/org:postIn) ?o . BIND (?a AS ?from) BIND (<urn:safkg:organisation> AS ?p) }
            }""";
    private static final Query OF_SITE = QueryFactory.create(Sparql.PREFIXES
            + EDGES.formatted("?e a saf:LeadershipEpisode ; saf:atSite ?scope .").replace("SELECT ?e ?p ?o", "SELECT ?e ?from ?p ?o"));
    private static final Query OF_STUDY = QueryFactory.create(Sparql.PREFIXES
            + EDGES.formatted("?e a saf:LeadershipEpisode ; saf:inStudy ?scope .").replace("SELECT ?e ?p ?o", "SELECT ?e ?from ?p ?o"));

    /** A node: its IRI, label, kind and page. */
    record NetNode(String id, String label, String kind, String href) {}

    /** An edge from one node to another, named by its property. */
    record NetEdge(String source, String target, String kind, String label) {}

    final List<NetNode> nodes = new ArrayList<>();
    final List<NetEdge> edges = new ArrayList<>();

    private LeadershipNetwork() {}

    /** The network of a site (siteScope) or of a study. */
    static LeadershipNetwork of(SparqlGateway gateway, Node scope, boolean site) {
        var rows = gateway.select(site ? OF_SITE : OF_STUDY, Map.of("scope", scope));
        List<Node> all = new ArrayList<>();
        rows.bindings().forEach(b -> {
            all.add(rows.get(b, "e"));
            all.add(rows.get(b, "o"));
            all.add(rows.get(b, "p"));
            if (rows.get(b, "from") != null) all.add(rows.get(b, "from"));
        });
        Labels labels = Labels.of(gateway, all);
        LeadershipNetwork net = new LeadershipNetwork();
        Map<String, NetNode> byId = new LinkedHashMap<>();
        for (Binding b : rows.bindings()) {
            Node e = rows.get(b, "e");
            Node from = rows.get(b, "from");
            Node p = rows.get(b, "p");
            Node o = rows.get(b, "o");
            String local = p.getURI().startsWith(SAF.NS) ? p.getURI().substring(SAF.NS.length()) : "organisation";
            String kind = KINDS.get(local);
            Node source = from != null ? from : e;
            net.add(byId, e, "episode", labels);
            if (from != null) net.add(byId, from, "leader", labels);
            net.add(byId, o, kind, labels);
            String edgeLabel = local.equals("organisation") ? "member of" : labels.label(p);
            NetEdge edge = new NetEdge(source.getURI(), o.getURI(), kind, edgeLabel);
            if (!net.edges.contains(edge)) net.edges.add(edge);
        }
        net.nodes.addAll(byId.values());
        return net;
    }

    private void add(Map<String, NetNode> byId, Node n, String kind, Labels labels) {
        byId.putIfAbsent(n.getURI(), new NetNode(n.getURI(), labels.label(n), kind, LinkedDataPaths.pathOf(n.getURI()).orElse(n.getURI())));
    }

    /** The network as Cytoscape.js elements. */
    JsonObject toJson() {
        JsonArray ns = new JsonArray();
        for (NetNode n : nodes) {
            JsonObject data = new JsonObject();
            data.put("id", n.id());
            data.put("label", n.label());
            data.put("kind", n.kind());
            data.put("href", n.href());
            JsonObject el = new JsonObject();
            el.put("data", data);
            ns.add(el);
        }
        JsonArray es = new JsonArray();
        int i = 0;
        for (NetEdge e : edges) {
            JsonObject data = new JsonObject();
            data.put("id", "edge" + i++);
            data.put("source", e.source());
            data.put("target", e.target());
            data.put("kind", e.kind());
            data.put("label", e.label());
            JsonObject el = new JsonObject();
            el.put("data", data);
            es.add(el);
        }
        JsonObject out = new JsonObject();
        out.put("nodes", ns);
        out.put("edges", es);
        return out;
    }
}
