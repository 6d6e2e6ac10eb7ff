package org.safkg.refiqda;

import org.safkg.vocab.QDA;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.safkg.study.StudyGraphs;
import org.apache.jena.vocabulary.ORG;
import org.safkg.codes.ExternalLinks;
import org.safkg.codes.ExternalCode;
import org.safkg.study.StudyIris;
import org.safkg.refiqda.QdaProject.Case;
import org.safkg.refiqda.QdaProject.Code;
import org.safkg.refiqda.QdaProject.Coding;
import org.safkg.refiqda.QdaProject.Link;
import org.safkg.refiqda.QdaProject.Note;
import org.safkg.refiqda.QdaProject.QdaSet;
import org.safkg.refiqda.QdaProject.Selection;
import org.safkg.refiqda.QdaProject.TextSource;
import org.safkg.refiqda.QdaProject.Variable;
import org.safkg.refiqda.QdaProject.VariableValue;
import org.safkg.vocab.Namespaces;
import org.apache.jena.vocabulary.OA;
import org.safkg.vocab.PROV;
import org.safkg.vocab.SAF;

/**
 * Maps a read and placed REFI-QDA project into the same model the study loader produces: the study
 * graph (codebook as a SKOS scheme, sources, excerpts with their position, codings as Web
 * Annotations, coders, cases, variables, sets, notes, links) and the restricted excerpts graph
 * (only saf:verbatimText: of sources, excerpts and memos). IRIs are built from the project's GUIDs,
 * so that mapping the same project twice gives the same graphs.
 *
 * <p>Coded excerpts do not become saf:LeadershipEpisode: an episode says who led, in what role,
 * drawing on what; a coding says only that a span of text is about a code. Inventing the leader would
 * put facts in the graph that the project does not state. Episode queries therefore stay empty for
 * an imported project; excerpt queries (excerpts-by-code, codebook-usage) answer through the mapping.
 */
public final class ProjectMapper {
    /** Where each selection's text lies, in code points, and the text itself. */
    public record Placed(long start, long end, String text) {}

    private final QdaProject project;
    private final StudyIris iris;
    private final Model m = ModelFactory.createDefaultModel();
    private final Model text = ModelFactory.createDefaultModel();
    private final Map<String, Resource> byGuid = new HashMap<>();
    private final boolean keepNames;

    private ProjectMapper(QdaProject project, String studyId, boolean keepNames) {
        this.project = project;
        this.iris = new StudyIris(studyId);
        this.keepNames = keepNames;
    }

    /**
     * The label of a case or source: its name only when the researcher says names are pseudonymous
     * (--keep-names), because QDA projects often name cases and transcripts after participants; otherwise
     * the kind and the start of its GUID, which is stable across imports and round trips.
     */
    private String label(String kind, String name, String guid) {
        if (keepNames && name != null) return name;
        return kind + " " + guid.replace("-", "").substring(0, Math.min(8, guid.replace("-", "").length()));
    }

    /**
     * Maps the project. {@code texts} holds each source's text, {@code placed} each selection's span,
     * {@code notes} each memo's text; {@code progress} is told of each selection mapped.
     */
    public static StudyGraphs map(QdaProject project, String studyId, Map<String, SourceText> texts, Map<String, Placed> placed,
                                  Map<String, String> notes, List<CodeMapping.Entry> mapping, boolean keepNames, LongConsumer progress) {
        return new ProjectMapper(project, studyId, keepNames).run(texts, placed, notes, mapping, progress);
    }

    private StudyGraphs run(Map<String, SourceText> texts, Map<String, Placed> placed, Map<String, String> notes,
                            List<CodeMapping.Entry> mapping, LongConsumer progress) {
        Namespaces.all().forEach(m::setNsPrefix);
        Namespaces.all().forEach(text::setNsPrefix);
        m.setNsPrefix("qda", QDA.NS);
        Resource study = m.createResource(iris.study(), SAF.Study).addProperty(DCTerms.identifier, iris.studyId());
        String title = project.name() != null ? project.name() : "Codebook";
        study.addProperty(DCTerms.title, title).addProperty(RDFS.label, title);
        if (project.description() != null) study.addProperty(DCTerms.description, project.description());
        // which project this study came from, so that a different project is not imported over it unasked
        study.addProperty(QDA.projectGuid, ProjectIdentity.guid(project));
        String created = ProjectIdentity.created(project);
        if (created != null) study.addProperty(DCTerms.created, created, XSDDatatype.XSDdateTime);

        Resource scheme = m.createResource(iris.of("concept-scheme", "codebook"), SKOS.ConceptScheme)
                .addProperty(SKOS.notation, iris.studyId() + "-codebook")
                .addProperty(SKOS.prefLabel, "Codebook of " + title)
                .addProperty(SKOS.definition, "The codebook of the REFI-QDA project '" + title + "', as imported.")
                .addProperty(DCTerms.source, study);
        for (Note n : project.notes()) {
            Resource note = register(n.guid(), m.createResource(iris.of("note", n.guid()), QDA.Note).addProperty(DCTerms.identifier, n.guid()));
            if (n.name() != null) note.addProperty(RDFS.label, n.name());
            String body = notes.get(n.guid());
            if (body != null) text.createResource(note.getURI()).addProperty(SAF.verbatimText, body);
        }
        for (Code c : project.codes()) mapCode(c, null, scheme);
        for (String u : project.users()) {
            register(u, m.createResource(iris.of("coder", u), PROV.Agent)
                    .addProperty(DCTerms.identifier, u)
                    .addProperty(RDFS.label, "Coder " + u));
        }
        for (Variable v : project.variables()) {
            Resource var = register(v.guid(), m.createResource(iris.of("variable", v.guid()), QDA.Variable)
                    .addProperty(DCTerms.identifier, v.guid()).addProperty(RDFS.label, v.name())
                    .addProperty(QDA.typeOfVariable, v.type()));
            if (v.description() != null) var.addProperty(DCTerms.description, v.description());
        }
        for (TextSource s : project.sources()) {
            Resource src = register(s.guid(), m.createResource(iris.of("source", s.guid()), QDA.TextSource)
                    .addProperty(DCTerms.identifier, s.guid()).addProperty(SAF.inStudy, study));
            src.addProperty(RDFS.label, label("Source", s.name(), s.guid()));
            if (s.description() != null) src.addProperty(DCTerms.description, s.description());
            notes(src, s.noteRefs());
            text.createResource(src.getURI()).addProperty(SAF.verbatimText, texts.get(s.guid()).text());
            for (Selection sel : s.selections()) register(sel.guid(), m.createResource(iris.of("excerpt", sel.guid())));
        }
        Map<String, List<Resource>> speakers = mapCases(study);
        for (TextSource s : project.sources()) {
            Resource src = byGuid.get(s.guid());
            for (Selection sel : s.selections()) {
                mapSelection(study, s, src, sel, placed.get(sel.guid()), speakers);
                progress.accept(1);
            }
        }
        for (QdaSet set : project.sets()) {
            Resource r = register(set.guid(), m.createResource(iris.of("set", set.guid()), QDA.Set)
                    .addProperty(DCTerms.identifier, set.guid()).addProperty(RDFS.label, set.name()));
            if (set.description() != null) r.addProperty(DCTerms.description, set.description());
            for (List<String> members : List.of(set.codes(), set.sources(), set.notes())) {
                members.forEach(g -> r.addProperty(RDFS.member, byGuid.get(g)));
            }
        }
        for (Link l : project.links()) {
            Resource r = m.createResource(iris.of("link", l.guid()), QDA.Link).addProperty(DCTerms.identifier, l.guid());
            if (l.name() != null) r.addProperty(RDFS.label, l.name());
            if (l.direction() != null) r.addProperty(QDA.direction, l.direction());
            if (l.color() != null) r.addProperty(QDA.color, l.color());
            if (l.originGuid() != null) r.addProperty(QDA.linkOrigin, byGuid.get(l.originGuid()));
            if (l.targetGuid() != null) r.addProperty(QDA.linkTarget, byGuid.get(l.targetGuid()));
            notes(r, l.noteRefs());
        }
        notes(study, project.noteRefs());
        for (CodeMapping.Entry e : mapping) {
            Property p = switch (e.match()) {
                case "exact" -> SKOS.exactMatch;
                case "close" -> SKOS.closeMatch;
                default -> SKOS.broadMatch;
            };
            byGuid.get(e.codeGuid()).addProperty(p, m.createResource(e.concept().iri()));
        }
        // the same counts of each concept's uses that a bundle's mapping states (codebook-usage reads them)
        org.safkg.pipeline.CodebookUsage.addTo(iris, m.getGraph());
        return new StudyGraphs(iris, m.getGraph(), text.getGraph());
    }

    private void mapCode(Code c, Resource parent, Resource scheme) {
        Resource code = register(c.guid(), m.createResource(iris.of("code", c.guid()), SKOS.Concept)
                .addProperty(SKOS.inScheme, scheme)
                .addProperty(SKOS.notation, c.guid())
                .addProperty(SKOS.prefLabel, c.name())
                .addLiteral(QDA.isCodable, c.codable())
                .addProperty(DCTerms.source, m.getResource(iris.study())));
        if (c.description() != null) code.addProperty(SKOS.definition, c.description());
        if (c.color() != null) code.addProperty(QDA.color, c.color());
        if (parent != null) code.addProperty(SKOS.broader, parent);
        else code.addProperty(SKOS.topConceptOf, scheme);
        notes(code, c.noteRefs());
        for (Code k : c.children()) mapCode(k, code, scheme);
    }

    /** Cases, with the speaker each source and selection gets from the cases that refer to it. */
    private Map<String, List<Resource>> mapCases(Resource study) {
        Map<String, List<Resource>> speakers = new LinkedHashMap<>();
        for (Case c : project.cases()) {
            // a case is a speaker (an actor) or an organisation of the study, and the queries take the study from saf:inStudy
            Resource r = register(c.guid(), m.createResource(iris.of("case", c.guid()), QDA.Case)
                    .addProperty(DCTerms.identifier, c.guid()).addProperty(SAF.inStudy, study));
            r.addProperty(RDFS.label, label("Case", c.name(), c.guid()));
            if (c.description() != null) r.addProperty(DCTerms.description, c.description());
            c.codeRefs().forEach(g -> r.addProperty(QDA.caseCode, byGuid.get(g)));
            c.sourceRefs().forEach(g -> r.addProperty(QDA.caseSource, byGuid.get(g)));
            c.selectionRefs().forEach(g -> r.addProperty(QDA.caseSelection, byGuid.get(g)));
            for (VariableValue v : c.values()) {
                Resource value = m.createResource(iris.of("value", c.guid() + "/" + v.variableGuid()), QDA.VariableValue)
                        .addProperty(QDA.variable, byGuid.get(v.variableGuid()));
                if (v.value() != null) value.addProperty(RDF.value, literal(v));
                r.addProperty(QDA.hasValue, value);
                linkExternalCode(r, externalCode(project, v), v.value());
            }
            for (String g : c.sourceRefs()) speakers.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
            for (String g : c.selectionRefs()) speakers.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
        }
        return speakers;
    }

    /** The kind of external code a case variable holds, by the variable's name (as a bundle column), or null. */
    static ExternalCode externalCode(QdaProject project, VariableValue v) {
        String name = project.variables().stream().filter(x -> x.guid().equals(v.variableGuid()))
                .map(Variable::name).findFirst().orElse("");
        for (ExternalCode code : ExternalCode.values()) {
            if (code.column().equalsIgnoreCase(name.strip())) return code;
        }
        return null;
    }

    /** A case with an organisation or area code stands for that organisation, linked as a bundle's organisations are. */
    private static void linkExternalCode(Resource caseResource, ExternalCode code, String value) {
        if (code == null || value == null || value.isBlank()) return;
        String v = value.strip();
        caseResource.addProperty(RDF.type, ORG.Organization);
        switch (code) {
            case ODS -> ExternalLinks.addOdsCode(caseResource, v);
            case GSS -> ExternalLinks.addArea(caseResource, v);
            case WIKIDATA -> ExternalLinks.addWikidata(caseResource, v);
        }
    }

    private Literal literal(VariableValue v) {
        XSDDatatype type = switch (v.kind()) {
            case "BooleanValue" -> XSDDatatype.XSDboolean;
            case "IntegerValue" -> XSDDatatype.XSDinteger;
            case "FloatValue" -> XSDDatatype.XSDdecimal;
            case "DateValue" -> XSDDatatype.XSDdate;
            case "DateTimeValue" -> XSDDatatype.XSDdateTime;
            default -> XSDDatatype.XSDstring;
        };
        return m.createTypedLiteral(type == XSDDatatype.XSDstring ? v.value() : v.value().strip(), type);
    }

    private void mapSelection(Resource study, TextSource s, Resource src, Selection sel, Placed at, Map<String, List<Resource>> speakers) {
        Resource x = byGuid.get(sel.guid()).addProperty(RDF.type, SAF.Excerpt)
                .addProperty(DCTerms.identifier, sel.guid())
                .addProperty(SAF.inStudy, study)
                .addProperty(OA.hasSource, src)
                .addProperty(OA.hasSelector, m.createResource(iris.of("excerpt", sel.guid() + "/position"), OA.TextPositionSelector)
                        .addProperty(OA.start, Long.toString(at.start()), XSDDatatype.XSDinteger)
                        .addProperty(OA.end, Long.toString(at.end()), XSDDatatype.XSDinteger));
        if (sel.name() != null) x.addProperty(RDFS.label, sel.name());
        if (sel.description() != null) x.addProperty(DCTerms.description, sel.description());
        notes(x, sel.noteRefs());
        List<Resource> who = speakers.getOrDefault(sel.guid(), speakers.getOrDefault(s.guid(), List.of()));
        if (who.isEmpty()) who = List.of(unidentifiedSpeaker(s));
        for (Resource w : who) x.addProperty(SAF.speaker, w.addProperty(RDF.type, SAF.Respondent));
        // the quote itself is restricted text: it goes to the excerpts graph, beside the source text it was cut from
        text.createResource(x.getURI()).addProperty(SAF.verbatimText, at.text());
        for (Coding c : sel.codings()) {
            Resource a = register(c.guid(), m.createResource(iris.of("annotation", c.guid()), OA.Annotation))
                    .addProperty(DCTerms.identifier, c.guid())
                    .addProperty(OA.hasTarget, x)
                    .addProperty(OA.hasBody, byGuid.get(c.codeGuid()))
                    .addProperty(OA.motivatedBy, OA.classifying);
            if (c.creatingUser() != null) a.addProperty(DCTerms.creator, coder(c.creatingUser()));
            notes(a, c.noteRefs());
        }
    }

    /** The project does not say who speaks in this source: one respondent stands for its unnamed speakers. */
    private Resource unidentifiedSpeaker(TextSource s) {
        String id = "speakers-of-" + s.guid();
        return m.createResource(iris.of("actor", id), SAF.Respondent)
                .addProperty(DCTerms.identifier, id)
                .addProperty(RDFS.label, "Speaker(s) of " + label("source", s.name(), s.guid()) + ", not identified in the project");
    }

    private Resource coder(String guid) {
        Resource r = byGuid.get(guid);
        if (r != null) return r;
        // a codebook-less coder reference (no <Users> at all): still pseudonymous, by GUID only
        return register(guid, m.createResource(iris.of("coder", guid), PROV.Agent)
                .addProperty(DCTerms.identifier, guid).addProperty(RDFS.label, "Coder " + guid));
    }

    private void notes(Resource r, List<String> refs) {
        refs.forEach(g -> r.addProperty(QDA.hasNote, byGuid.get(g)));
    }

    private Resource register(String guid, Resource r) {
        byGuid.put(guid, r);
        return r;
    }
}
