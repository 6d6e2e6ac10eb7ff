package org.safkg.refiqda;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms for the REFI-QDA parts that SAF, SKOS and Web Annotation have no word for (namespace {@value #NS}). */
public final class QDA {
    public static final String NS = "https://w3id.org/safkg/refiqda#";
    public static final String PREFIX = "qda";
    private QDA() {}

    private static Resource c(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource TextSource = c("TextSource");
    public static final Resource Case = c("Case");
    public static final Resource Variable = c("Variable");
    public static final Resource VariableValue = c("VariableValue");
    public static final Resource Set = c("Set");
    public static final Resource Note = c("Note");
    public static final Resource Link = c("Link");

    public static final Property isCodable = p("isCodable");
    public static final Property color = p("color");
    public static final Property hasNote = p("hasNote");
    public static final Property caseCode = p("caseCode");
    public static final Property caseSource = p("caseSource");
    public static final Property caseSelection = p("caseSelection");
    public static final Property hasValue = p("hasValue");
    public static final Property variable = p("variable");
    public static final Property typeOfVariable = p("typeOfVariable");
    public static final Property linkOrigin = p("linkOrigin");
    public static final Property linkTarget = p("linkTarget");
    public static final Property direction = p("direction");
    /** The GUID of the REFI-QDA project a study was imported from (see ProjectIdentity). */
    public static final Property projectGuid = p("projectGuid");
}
