package org.safkg.refiqda;

import org.safkg.vocab.QDA;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.OA;
import org.safkg.vocab.SAF;

/**
 * Writes the Sources section: each text source with its selections and codings, positions counted the
 * way the target tool counts them (the graph holds code points), and collects the text files the
 * archive carries. A bundle's excerpt, which has no source document, becomes a source of its own,
 * wholly selected.
 */
final class SourcesWriter {
    /** What was written. */
    record Counts(int sources, int selections, int codings) {}

    private final StudyView v;
    private final XmlOut out;
    private final OffsetMode positions;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private int sources, selections, codings;

    SourcesWriter(StudyView v, XmlOut out, OffsetMode positions) {
        this.v = v;
        this.out = out;
        this.positions = positions;
    }

    /** The text files written, by name inside sources/. */
    Map<String, byte[]> files() {
        return files;
    }

    Counts write() throws XMLStreamException {
        List<Resource> texts = v.typed(QDA.TextSource);
        List<Resource> loose = new ArrayList<>();
        for (Resource x : v.typed(SAF.Excerpt)) if (!x.hasProperty(OA.hasSource)) loose.add(x);
        if (texts.isEmpty() && loose.isEmpty()) return new Counts(0, 0, 0);
        out.w.writeStartElement("Sources");
        for (Resource s : texts) {
            SourceText body = new SourceText(v.verbatim(s));
            start(v.guid(s), StudyView.str(s, RDFS.label, null), StudyView.str(s, DCTerms.description, null), body.text());
            List<Resource> sels = v.study.listSubjectsWithProperty(OA.hasSource, s).toList();
            sels.sort(Comparator.comparingLong((Resource x) -> position(x, OA.start)).thenComparingLong(x -> position(x, OA.end))
                    .thenComparing(Resource::getURI));
            for (Resource x : sels) {
                selection(x, at(body, x, OA.start), at(body, x, OA.end), StudyView.str(x, RDFS.label, null));
            }
            out.noteRefs(s);
            out.w.writeEndElement();
            sources++;
        }
        for (Resource x : loose) {
            SourceText body = new SourceText(v.verbatim(x));
            String id = StudyView.str(x, DCTerms.identifier, x.getURI());
            String cited = StudyView.str(x, SAF.citedAs, null);
            start(StudyView.uuid(x.getURI() + "#source"), cited == null ? id : id + " (" + cited + ")", null, body.text());
            selection(x, 0, body.position(body.codePointLength(), positions), id);
            out.w.writeEndElement();
            sources++;
        }
        out.w.writeEndElement();
        return new Counts(sources, selections, codings);
    }

    /** A stored position (code points) counted the target's way. */
    private long at(SourceText body, Resource excerpt, Property p) {
        long cp = position(excerpt, p);
        long n = body.position(cp, positions);
        if (n < 0) throw new IllegalStateException(excerpt + ": position " + cp + " lies outside its source text (" + body.codePointLength() + " code points)");
        return n;
    }

    private void start(String guid, String name, String description, String body) throws XMLStreamException {
        String file = guid + ".txt";
        files.put(file, body.getBytes(StandardCharsets.UTF_8));
        out.w.writeStartElement("TextSource");
        out.w.writeAttribute("guid", guid);
        if (name != null) out.w.writeAttribute("name", name);
        out.w.writeAttribute("plainTextPath", "internal://" + file);
        out.description(description);
    }

    private void selection(Resource x, long start, long end, String name) throws XMLStreamException {
        out.w.writeStartElement("PlainTextSelection");
        out.w.writeAttribute("guid", v.guid(x));
        if (name != null) out.w.writeAttribute("name", name);
        out.w.writeAttribute("startPosition", Long.toString(start));
        out.w.writeAttribute("endPosition", Long.toString(end));
        out.description(StudyView.str(x, DCTerms.description, null));
        for (Resource a : StudyView.sorted(v.study.listSubjectsWithProperty(OA.hasTarget, x).toList())) {
            Resource body = a.getPropertyResourceValue(OA.hasBody);
            if (body == null) continue;
            out.w.writeStartElement("Coding");
            out.w.writeAttribute("guid", v.guid(a));
            Resource creator = a.getPropertyResourceValue(DCTerms.creator);
            if (creator != null) out.w.writeAttribute("creatingUser", v.guid(creator));
            out.w.writeEmptyElement("CodeRef");
            out.w.writeAttribute("targetGUID", v.guid(v.all.getResource(body.getURI())));
            out.noteRefs(a);
            out.w.writeEndElement();
            codings++;
        }
        out.noteRefs(x);
        out.w.writeEndElement();
        selections++;
    }

    private static long position(Resource excerpt, Property p) {
        Resource sel = excerpt.getPropertyResourceValue(OA.hasSelector);
        return sel == null || !sel.hasProperty(p) ? 0 : sel.getProperty(p).getLong();
    }
}
