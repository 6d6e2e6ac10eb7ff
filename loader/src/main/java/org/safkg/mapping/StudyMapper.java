package org.safkg.mapping;

import org.safkg.codes.ExternalLinks;
import org.safkg.study.StudyGraphs;
import org.safkg.study.StudyIris;
import static org.safkg.bundle.BundleSchema.*;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphSink;
import org.safkg.pipeline.CodebookUsage;
import org.safkg.pipeline.StreamedStudy;
import org.safkg.pipeline.StudyQuads;
import org.safkg.pipeline.StudyStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.safkg.concepts.Concept;
import org.safkg.bundle.CsvRow;
import org.safkg.bundle.BundleRows;
import org.safkg.bundle.StudyBundle;
import org.safkg.codes.ExternalCode;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.safkg.vocab.QB;
import org.safkg.vocab.SAF;

/**
 * Maps a validated study bundle to RDF: one graph for the study, one for the verbatim excerpt
 * text. IRIs only (no blank nodes), so that mapping the same bundle twice gives the same graphs.
 */
public final class StudyMapper {
    private static final Resource FOAF_GROUP = org.apache.jena.sparql.vocabulary.FOAF.Group;
    private static final Property FOAF_MEMBER = org.apache.jena.sparql.vocabulary.FOAF.member;
    private static final Resource RESPONDENT_COUNT_STRUCTURE =
            org.apache.jena.rdf.model.ResourceFactory.createResource(SAF.NS + "respondentCountStructure");

    /** Episode columns that hold concepts, and the property each maps to. */
    private static final Map<String, Property> EPISODE_CONCEPTS = Map.of(
            "roles", SAF.inRole,
            "skills", SAF.drewOnSkill,
            "authority", SAF.drewOnAuthority,
            "position", SAF.positionBasis,
            "attributes", SAF.drewOnAttribute,
            "characteristics", SAF.showedCharacteristic,
            "enabling_conditions", SAF.enabledBy,
            "constraining_conditions", SAF.constrainedBy,
            "processes", SAF.exemplifiesProcess);

    private final BundleRows bundle;
    private final StudyIris iris;
    private final StudyStream out;
    /** Counts the uses of each concept as the rows are mapped, and states them at the end. */
    private final CodebookUsage usage;
    /** The members of each group (actor id to the actors whose member_of names it), so that a group's row states them all. */
    private final Map<String, List<String>> members = new java.util.HashMap<>();
    /** The concept schemes a bundle's concepts.csv added, described once. */
    private final java.util.Set<String> schemes = new java.util.HashSet<>();
    /** Write-only models: what the mapping adds goes to the stream at once, nothing is kept. */
    private final Model m;
    private final Model text;

    private StudyMapper(BundleRows bundle, StudyStream out) {
        this.bundle = bundle;
        this.iris = new StudyIris(bundle.studyId());
        this.usage = new CodebookUsage(iris, out);
        this.out = usage;
        for (CsvRow r : bundle.kept(ACTORS)) {
            for (String group : r.getAll("member_of")) members.computeIfAbsent(group, g -> new java.util.ArrayList<>()).add(r.get(ID));
        }
        this.m = ModelFactory.createModelForGraph(new QuadForwarder(NodeFactory.createURI(iris.studyGraph()), this.out));
        this.text = ModelFactory.createModelForGraph(new QuadForwarder(NodeFactory.createURI(iris.excerptsGraph()), this.out));
    }

    /** Maps the bundle into graphs in memory. */
    public static StudyGraphs map(StudyBundle bundle) {
        return StreamedStudy.collect(new StudyIris(bundle.studyId()), out -> stream(bundle, out));
    }

    /**
     * Maps the bundle row by row, sending each quad (in the study or the excerpts graph) to the stream as it is made, and
     * ending an entity after each row: every triple about a resource is made by one row (a group's members by the group's
     * row, the study's sites by study.csv's), as {@link StudyQuads} promises; a quad may come twice within a row.
     */
    public static void stream(BundleRows bundle, StudyStream out) {
        new StudyMapper(bundle, out).run();
    }

    /** A graph that only forwards what is added to it, as quads of one named graph. */
    private static final class QuadForwarder extends GraphSink {
        private final Node graph;
        private final StudyStream out;

        QuadForwarder(Node graph, StudyStream out) {
            this.graph = graph;
            this.out = out;
        }

        @Override
        public void performAdd(Triple t) {
            out.quad(Quad.create(graph, t));
        }
    }

    private void run() {
        Resource study = mapStudy();
        out.entityEnd();
        rows(CONCEPTS, this::mapConcept);
        rows(PROGRAMMES, r -> mapProgramme(study, r));
        rows(ORGANISATIONS, r -> mapOrganisation(study, r));
        rows(SITES, r -> mapSite(study, r));
        rows(ACTORS, r -> mapActor(study, r));
        rows(EXCERPTS, r -> mapExcerpt(study, r));
        rows(STATEMENTS, r -> mapStatement(study, r));
        rows(EPISODES, r -> mapEpisode(study, r));
        rows(FINDINGS, r -> mapFinding(study, r));
        mapRespondentCounts(study);
        out.entityEnd();
        usage.stateCube();
    }

    /** Maps each row of a file, one entity each. */
    private void rows(String file, java.util.function.Consumer<CsvRow> map) {
        bundle.forEachRow(file, r -> {
            map.accept(r);
            out.entityEnd();
        });
    }

    private Resource mapStudy() {
        CsvRow r = bundle.study();
        Resource study = m.createResource(iris.study(), SAF.Study);
        Resource publication = m.createResource(StudyIris.doi(r.get("doi")), DCTerms.BibliographicResource)
                .addProperty(DCTerms.identifier, r.get("doi"))
                .addProperty(DCTerms.title, r.get("title"))
                .addProperty(DCTerms.bibliographicCitation, r.get("citation"))
                .addProperty(DCTerms.license, m.createResource(r.get("licence")));
        study.addProperty(DCTerms.identifier, r.get(ID))
                .addProperty(DCTerms.title, r.get("title"))
                .addProperty(RDFS.label, r.get("title"))
                .addProperty(SAF.reportedIn, publication)
                .addProperty(DCTerms.source, publication)
                .addProperty(DCTerms.license, m.createResource(r.get("licence")));
        ref(study, SAF.studiedProgramme, r, "programme", "programme");
        typed(study, SAF.fieldworkStart, r, "fieldwork_start", XSDDatatype.XSDgYearMonth);
        typed(study, SAF.fieldworkEnd, r, "fieldwork_end", XSDDatatype.XSDgYearMonth);
        literal(study, SAF.methods, r, "methods");
        literal(study, SAF.analysisSoftware, r, "analysis_software");
        ref(study, SAF.fundedBy, r, "funder", "organisation");
        literal(study, SAF.fundingProgramme, r, "funding_programme");
        literal(study, SAF.grantNumber, r, "grant_number");
        literal(study, SAF.ethicsReference, r, "ethics_reference");
        typed(study, SAF.respondentTotal, r, "respondent_total", XSDDatatype.XSDinteger);
        typed(study, SAF.respondentsInBoth, r, "respondents_in_both", XSDDatatype.XSDinteger);
        typed(study, SAF.focusGroupCount, r, "focus_group_count", XSDDatatype.XSDinteger);
        typed(study, SAF.focusGroupSizeMin, r, "focus_group_size_min", XSDDatatype.XSDinteger);
        typed(study, SAF.focusGroupSizeMax, r, "focus_group_size_max", XSDDatatype.XSDinteger);
        r.getAll("unused_concepts").forEach(c -> study.addProperty(SAF.leftUncoded, conceptResource(null, c)));
        // the study's links to its sites and samples come from other files, but are stated here, with the study
        bundle.kept(SITES).forEach(s -> study.addProperty(SAF.caseStudySite, m.createResource(iris.of("site", s.get(ID)))));
        bundle.kept(PROGRAMMES).stream().filter(p -> p.has("sites_in_study"))
                .forEach(p -> study.addProperty(SAF.hasSample, m.createResource(iris.of("sample", p.get(ID)))));
        rowProvenance(study, r);
        return study;
    }

    private void mapConcept(CsvRow r) {
        Concept c = bundle.concepts().find(r.get("scheme"), r.get(ID)).orElseThrow();
        Resource concept = m.createResource(conceptIri(c), SKOS.Concept)
                .addProperty(SKOS.inScheme, m.createResource(iris.of("concept-scheme", r.get("scheme"))))
                .addProperty(SKOS.notation, r.get(ID))
                .addProperty(SKOS.prefLabel, r.get("label"))
                .addProperty(SKOS.definition, r.get("definition"));
        if (c.conceptClass() != null) concept.addProperty(RDF.type, m.createResource(c.conceptClass()));
        if (r.has("broader")) concept.addProperty(SKOS.broader, conceptResource(r.get("scheme"), r.get("broader")));
        if (r.has("match_target")) {
            Property match = switch (r.get("match")) {
                case "exact" -> SKOS.exactMatch;
                case "close" -> SKOS.closeMatch;
                case "broad" -> SKOS.broadMatch;
                case "narrow" -> SKOS.narrowMatch;
                default -> SKOS.relatedMatch;
            };
            concept.addProperty(match, conceptResource(null, r.get("match_target")));
        }
        if (schemes.add(r.get("scheme"))) {
            m.createResource(iris.of("concept-scheme", r.get("scheme")), SKOS.ConceptScheme)
                    .addProperty(SKOS.notation, r.get("scheme"))
                    .addProperty(SKOS.prefLabel, "Concepts added by study " + iris.studyId() + " (" + r.get("scheme") + ")");
        }
        rowProvenance(concept, r);
    }

    private void mapProgramme(Resource study, CsvRow r) {
        boolean modelType = r.get("kind").equals("model-type");
        Resource p = identified("programme", r, modelType ? SAF.ModelType : SAF.ProgrammeIntervention)
                .addProperty(RDFS.label, r.get("label"))
                .addProperty(SAF.inStudy, study);
        literal(p, DCTerms.alternative, r, "abbreviation");
        ref(p, DCTerms.isPartOf, r, "part_of", "programme");
        if (r.has("in_study")) p.addLiteral(SAF.includedInStudy, r.get("in_study").equals("yes"));
        literal(p, SAF.exclusionReason, r, "exclusion_reason");
        if (r.has("sites_in_study")) {
            Resource sample = m.createResource(iris.of("sample", r.get(ID)), SAF.ModelTypeSample)
                    .addProperty(RDFS.label, r.get("sites_in_study") + " sites of " + r.get("label"))
                    .addProperty(SAF.sampledModelType, p)
                    .addProperty(SAF.siteCount, r.get("sites_in_study"), XSDDatatype.XSDinteger);
            rowProvenance(sample, r);
        }
        rowProvenance(p, r);
    }

    private void mapOrganisation(Resource study, CsvRow r) {
        Resource o = identified("organisation", r, ORG.Organization)
                .addProperty(RDFS.label, r.get("label"))
                .addProperty(SAF.inStudy, study)
                .addProperty(ORG.classification, conceptResource("organisation-type", r.get("type")));
        ref(o, SAF.atSite, r, "site", "site");
        externalLinks(o, r);
        rowProvenance(o, r);
    }

    private void mapSite(Resource study, CsvRow r) {
        Resource s = identified("site", r, SAF.Site)
                .addProperty(RDFS.label, r.get("label"))
                .addProperty(SAF.inStudy, study);
        ref(s, SAF.withinIntervention, r, "programme", "programme");
        ref(s, SAF.modelType, r, "model_type", "programme");
        externalLinks(s, r);
        rowProvenance(s, r);
    }

    private void mapActor(Resource study, CsvRow r) {
        Resource type = switch (r.get("kind")) {
            case "respondent" -> SAF.Respondent;
            case "group" -> SAF.ActorGroup;
            case "focus-group" -> SAF.FocusGroup;
            default -> SAF.Person;
        };
        Resource a = identified("actor", r, type)
                .addProperty(RDFS.label, r.get("label"))
                .addProperty(SAF.inStudy, study);
        literal(a, SAF.citedAs, r, "cited_as");
        ref(a, SAF.atSite, r, "site", "site");
        ref(a, ORG.memberOf, r, "organisation", "organisation");
        if (r.has("post")) {
            Resource post = m.createResource(iris.of("post", r.get(ID)), ORG.Post)
                    .addProperty(RDFS.label, r.get("label"))
                    .addProperty(ORG.role, conceptResource("post", r.get("post")));
            ref(post, ORG.postIn, r, "organisation", "organisation");
            a.addProperty(ORG.holds, post);
        }
        for (String member : members.getOrDefault(r.get(ID), List.of())) a.addProperty(FOAF_MEMBER, m.createResource(actorIri(member)));
        if (r.has("respondent_type")) a.addProperty(SAF.respondentType, conceptResource("respondent-type", r.get("respondent_type")));
        rowProvenance(a, r);
    }

    private void mapExcerpt(Resource study, CsvRow r) {
        Resource x = identified("excerpt", r, SAF.Excerpt)
                .addProperty(SAF.speaker, m.createResource(actorIri(r.get("speaker"))))
                .addProperty(SAF.inStudy, study);
        ref(x, SAF.atSite, r, "site", "site");
        bundle.row(ACTORS, r.get("speaker")).filter(s -> s.has("cited_as"))
                .ifPresent(s -> x.addProperty(SAF.citedAs, s.get("cited_as")));
        for (String code : r.getAll("codes")) {
            m.createResource(iris.of("annotation", r.get(ID) + "/" + code), OA.Annotation)
                    .addProperty(OA.hasTarget, x)
                    .addProperty(OA.hasBody, conceptResource(null, code))
                    .addProperty(OA.motivatedBy, OA.classifying);
        }
        rowProvenance(x, r);
        text.createResource(x.getURI()).addProperty(SAF.verbatimText, r.raw("text").strip());
    }

    private void mapStatement(Resource study, CsvRow r) {
        Resource s = identified("statement", r, SAF.AuthorStatement)
                .addProperty(SAF.verbatimText, r.raw("text").strip())
                .addProperty(DCTerms.isPartOf, m.createResource(StudyIris.doi(bundle.study().get("doi"))))
                .addProperty(SAF.inStudy, study);
        rowProvenance(s, r);
    }

    private void mapEpisode(Resource study, CsvRow r) {
        Resource e = identified("episode", r, SAF.LeadershipEpisode)
                .addProperty(RDFS.label, r.get("label"))
                .addProperty(SAF.inStudy, study);
        r.getAll("leaders").forEach(a -> e.addProperty(SAF.leader, m.createResource(actorIri(a))));
        EPISODE_CONCEPTS.forEach((column, property) ->
                r.getAll(column).forEach(c -> e.addProperty(property, conceptResource(null, c))));
        ref(e, SAF.atSite, r, "site", "site");
        if (r.has("scale")) e.addProperty(SAF.atScale, conceptResource("scale", r.get("scale")));
        ref(e, SAF.withinIntervention, r, "intervention", "programme");
        literal(e, SAF.when, r, "when");
        literal(e, SAF.outcome, r, "outcome");
        evidence(e, r);
        rowProvenance(e, r);
    }

    /** A finding: the claim and what it is about (assertion), its evidence, section and inference note (provenance). */
    private void mapFinding(Resource study, CsvRow r) {
        Resource f = identified("finding", r, SAF.Finding)
                .addProperty(RDFS.label, r.get("label"))
                .addProperty(SAF.inStudy, study)
                .addProperty(SAF.findingScope, conceptResource("scope", r.get("scope")));
        literal(f, SAF.hedging, r, "hedging");
        r.getAll("about").forEach(c -> f.addProperty(SAF.aboutConcept, conceptResource(null, c)));
        r.getAll("sites").forEach(s -> f.addProperty(SAF.aboutSite, m.createResource(iris.of("site", s))));
        ref(f, SAF.withinIntervention, r, "programme", "programme");
        evidence(f, r);
        r.getAll("illustrated_by").forEach(e -> f.addProperty(SAF.illustratedBy, m.createResource(iris.of("episode", e))));
        r.getAll("qualified_by").forEach(e -> f.addProperty(SAF.qualifiedBy, m.createResource(iris.of("episode", e))));
        r.getAll("contradicted_by").forEach(e -> f.addProperty(SAF.contradictedBy, m.createResource(iris.of("episode", e))));
        rowProvenance(f, r);
    }

    private void mapRespondentCounts(Resource study) {
        List<CsvRow> rows = bundle.kept(RESPONDENT_COUNTS);
        if (rows.isEmpty()) return;
        Resource ds = m.createResource(iris.of("dataset", "respondent-counts"), SAF.RespondentCountDataSet)
                .addProperty(RDF.type, QB.DataSet)
                .addProperty(RDFS.label, "Respondents by type and data collection method")
                .addProperty(QB.structure, RESPONDENT_COUNT_STRUCTURE)
                .addProperty(SAF.inStudy, study);
        for (CsvRow r : rows) {
            Resource o = m.createResource(iris.of("observation", "respondents/" + r.get("respondent_type") + "/" + r.get("method")), QB.Observation)
                    .addProperty(QB.dataSet, ds)
                    .addProperty(SAF.respondentType, conceptResource("respondent-type", r.get("respondent_type")))
                    .addProperty(SAF.collectionMethod, conceptResource("method", r.get("method")))
                    .addProperty(SAF.respondentCount, r.get("count"), XSDDatatype.XSDinteger);
            rowProvenance(o, r);
        }
    }

    /** The ODS, GSS and Wikidata codes of an organisation or site, as links (see {@link ExternalLinks}). */
    private static void externalLinks(Resource s, CsvRow r) {
        if (r.has(ExternalCode.ODS.column())) ExternalLinks.addOdsCode(s, r.get(ExternalCode.ODS.column()));
        if (r.has(ExternalCode.GSS.column())) ExternalLinks.addArea(s, r.get(ExternalCode.GSS.column()));
        if (r.has(ExternalCode.WIKIDATA.column())) ExternalLinks.addWikidata(s, r.get(ExternalCode.WIKIDATA.column()));
    }

    // --- helpers

    /** The evidence column: each id is an excerpt or an authors' statement (the validator checked it is one of them). */
    private void evidence(Resource s, CsvRow r) {
        for (String ev : r.getAll("evidence")) {
            String kind = bundle.row(EXCERPTS, ev).isPresent() ? "excerpt" : "statement";
            s.addProperty(SAF.evidencedBy, m.createResource(iris.of(kind, ev)));
        }
    }

    /** The resource of a row: its IRI is kind/id, it has its type and its id as dcterms:identifier. */
    private Resource identified(String kind, CsvRow r, Resource type) {
        return m.createResource(iris.of(kind, r.get(ID)), type).addProperty(DCTerms.identifier, r.get(ID));
    }

    private String actorIri(String id) {
        return iris.of("actor", id);
    }

    private String conceptIri(Concept c) {
        return c.iri() != null ? c.iri() : iris.of("concept", c.notation());
    }

    private Resource conceptResource(String scheme, String notation) {
        Concept c = (scheme == null ? bundle.concepts().find(notation) : bundle.concepts().find(scheme, notation)).orElseThrow(
                () -> new IllegalStateException("unvalidated concept " + notation));
        return m.createResource(conceptIri(c));
    }

    private void ref(Resource s, Property p, CsvRow r, String column, String kind) {
        if (r.has(column)) s.addProperty(p, m.createResource(iris.of(kind, r.get(column))));
    }

    private static void literal(Resource s, Property p, CsvRow r, String column) {
        if (r.has(column)) s.addProperty(p, r.get(column));
    }

    private static void typed(Resource s, Property p, CsvRow r, String column, XSDDatatype type) {
        if (r.has(column)) s.addProperty(p, r.get(column), type);
    }

    private static void rowProvenance(Resource s, CsvRow r) {
        literal(s, SAF.sourceSection, r, SOURCE);
        literal(s, SAF.inferenceNote, r, INFERRED);
    }
}
