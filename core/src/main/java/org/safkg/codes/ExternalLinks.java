package org.safkg.codes;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.safkg.codes.ExternalCode;
import org.safkg.vocab.ADMS;
import org.safkg.vocab.SAF;

/**
 * Writes the links an external code stands for, the same way for study bundles and reference datasets:
 * an ODS code becomes an adms:Identifier whose dcterms:type is the FHIR identifier system; a GSS code a
 * saf:locatedInArea link to the ONS geography (an organisation is not its area, so never owl:sameAs);
 * a Wikidata ID an owl:sameAs link (the Wikidata item is the organisation itself; skos:exactMatch would
 * make the organisation a skos:Concept).
 */
public final class ExternalLinks {
    private ExternalLinks() {}

    /** Gives {@code subject} its ODS organisation code as an identifier node {@code <subject>/identifier/ods}. */
    public static Resource addOdsCode(Resource subject, String code) {
        Resource id = subject.getModel().createResource(subject.getURI() + "/identifier/ods", ADMS.Identifier)
                .addProperty(SKOS.notation, code)
                .addProperty(DCTerms.type, subject.getModel().createResource(ExternalCode.ODS_SYSTEM))
                .addProperty(RDFS.label, "ODS organisation code " + code);
        subject.addProperty(ADMS.identifier, id);
        return id;
    }

    /** Links {@code subject} to the ONS statistical geography it lies in or serves. */
    public static void addArea(Resource subject, String gssCode) {
        subject.addProperty(SAF.locatedInArea, subject.getModel().createResource(ExternalCode.GSS.iri(gssCode)));
    }

    /** Declares {@code subject} the same organisation as a Wikidata item. */
    public static void addWikidata(Resource subject, String itemId) {
        subject.addProperty(OWL.sameAs, subject.getModel().createResource(ExternalCode.WIKIDATA.iri(itemId)));
    }
}
