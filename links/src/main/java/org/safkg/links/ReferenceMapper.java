package org.safkg.links;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.safkg.codes.ExternalCode;
import org.safkg.codes.ExternalLinks;
import org.safkg.vocab.Namespaces;
import org.apache.jena.vocabulary.ORG;
import org.safkg.vocab.SAF;

/**
 * Maps a reference code list to RDF: each area under its ONS linked-data IRI with its GSS code
 * (skos:notation) and name; where the list gives an ODS code, the organisation whose area it is
 * (e.g. the Integrated Care Board), with its ODS identifier and saf:coversArea to the area.
 */
public final class ReferenceMapper {
    private ReferenceMapper() {}

    public static Graph map(ReferenceTable table, ReferenceIris iris) {
        Model m = ModelFactory.createDefaultModel();
        Namespaces.all().forEach(m::setNsPrefix);
        for (ReferenceEntry e : table.entries()) {
            Resource area = m.createResource(ExternalCode.GSS.iri(e.gssCode()))
                    .addProperty(SKOS.notation, e.gssCode())
                    .addProperty(RDFS.label, e.name());
            if (e.odsCode().isEmpty()) continue;
            Resource org = m.createResource(iris.of("organisation", e.odsCode()), ORG.Organization)
                    .addProperty(DCTerms.identifier, e.odsCode())
                    .addProperty(RDFS.label, e.name())
                    .addProperty(SAF.coversArea, area);
            ExternalLinks.addOdsCode(org, e.odsCode());
        }
        return m.getGraph();
    }
}
