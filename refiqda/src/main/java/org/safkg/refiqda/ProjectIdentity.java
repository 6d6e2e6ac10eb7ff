package org.safkg.refiqda;

import org.safkg.vocab.QDA;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.safkg.study.StudyIris;
import org.safkg.store.StudyStore;

/**
 * Which project a study was imported from. QDA-XML 1.0 gives a Project no GUID, so one is derived from
 * what the project says of itself and keeps across exports: its name and creation time when the tool
 * writes one (NVivo, ATLAS.ti), else its name and its sources' GUIDs (or its codes', for a codebook).
 * The file's name plays no part: every tool calls its inner file project.qde.
 */
public final class ProjectIdentity {
    private ProjectIdentity() {}

    /** The project's GUID, the same for every export of the same project. */
    public static String guid(QdaProject p) {
        StringBuilder key = new StringBuilder("REFI-QDA project\n").append(p.name() == null ? "" : p.name()).append('\n');
        if (created(p) != null) {
            key.append("created ").append(created(p));
        } else {
            List<String> guids = (p.sources().isEmpty() ? p.allCodes().stream().map(QdaProject.Code::guid)
                    : p.sources().stream().map(QdaProject.TextSource::guid)).sorted().toList();
            key.append(String.join(",", guids));
        }
        return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The project's creationDateTime, if it is a valid xsd:dateTime. */
    public static String created(QdaProject p) {
        String c = p.created() == null ? null : p.created().strip();
        return c != null && XSDDatatype.XSDdateTime.isValid(c) ? c : null;
    }

    /** The project GUID of the study already in the store under this id; empty if the study holds none (a bundle). */
    public static Optional<Optional<String>> inStore(StudyStore store, StudyIris iris) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Graph g = store.datasetGraph().getGraph(NodeFactory.createURI(iris.studyGraph()));
            Node study = NodeFactory.createURI(iris.study());
            if (!g.contains(study, Node.ANY, Node.ANY)) return Optional.empty();
            return Optional.of(g.find(study, QDA.projectGuid.asNode(), Node.ANY).nextOptional()
                    .map(t -> t.getObject().getLiteralLexicalForm()));
        });
    }

    /** The Project attributes that carry the identity into an export: its creation time. */
    static void writeAttributes(Resource study, XMLStreamWriter w) throws XMLStreamException {
        String created = StudyView.str(study, DCTerms.created, null);
        if (created != null) w.writeAttribute("creationDateTime", created);
    }
}
