package org.safkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the SAF-KG ontology (namespace {@value #NS}); the single place these IRIs are typed. */
public final class SAF {
    public static final String NS = "https://w3id.org/safkg/ontology#";
    public static final String PREFIX = "saf";
    public static final String ONTOLOGY = "https://w3id.org/safkg/ontology";

    private SAF() {}

    private static Resource c(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    // --- the study and the programme
    public static final Resource Study = c("Study");
    public static final Resource ProgrammeIntervention = c("ProgrammeIntervention");
    public static final Resource ModelType = c("ModelType");
    public static final Resource ModelTypeSample = c("ModelTypeSample");
    public static final Resource Site = c("Site");
    public static final Resource RespondentCountDataSet = c("RespondentCountDataSet");

    // --- actors
    public static final Resource Person = c("Person");
    public static final Resource Respondent = c("Respondent");
    public static final Resource ActorGroup = c("ActorGroup");
    public static final Resource FocusGroup = c("FocusGroup");

    // --- leadership episodes and their evidence
    public static final Resource LeadershipEpisode = c("LeadershipEpisode");
    public static final Resource Evidence = c("Evidence");
    public static final Resource Excerpt = c("Excerpt");
    public static final Resource AuthorStatement = c("AuthorStatement");

    // --- findings across episodes and sites
    public static final Resource Finding = c("Finding");
    public static final Resource FindingScope = c("FindingScope");

    // --- the concept classes (each a subclass of skos:Concept) and their schemes
    public static final Resource ScaleOfAnalysis = c("ScaleOfAnalysis");
    public static final Resource DriverOfChangeAndStability = c("DriverOfChangeAndStability");
    public static final Resource SourceOfAuthority = c("SourceOfAuthority");
    public static final Resource SocialSkill = c("SocialSkill");
    public static final Resource ExogenousShock = c("ExogenousShock");
    public static final Resource LeadershipRole = c("LeadershipRole");
    public static final Resource PositionBasis = c("PositionBasis");
    public static final Resource PersonalCharacteristic = c("PersonalCharacteristic");
    public static final Resource FixedAttribute = c("FixedAttribute");
    public static final Resource ContextCondition = c("ContextCondition");
    public static final Resource LeadershipProcess = c("LeadershipProcess");
    public static final Resource OrganisationType = c("OrganisationType");
    public static final Resource RespondentType = c("RespondentType");
    public static final Resource DataCollectionMethod = c("DataCollectionMethod");

    // --- load provenance
    public static final Resource BundleLoad = c("BundleLoad");
    public static final Resource BundleFile = c("BundleFile");
    public static final Resource ReferenceLoad = c("ReferenceLoad");

    // --- episode pattern
    public static final Property leader = p("leader");
    public static final Property inRole = p("inRole");
    public static final Property drewOnSkill = p("drewOnSkill");
    public static final Property drewOnAuthority = p("drewOnAuthority");
    public static final Property positionBasis = p("positionBasis");
    public static final Property drewOnAttribute = p("drewOnAttribute");
    public static final Property showedCharacteristic = p("showedCharacteristic");
    public static final Property underCondition = p("underCondition");
    public static final Property enabledBy = p("enabledBy");
    public static final Property constrainedBy = p("constrainedBy");
    public static final Property exemplifiesProcess = p("exemplifiesProcess");
    public static final Property atSite = p("atSite");
    public static final Property atScale = p("atScale");
    public static final Property withinIntervention = p("withinIntervention");
    public static final Property evidencedBy = p("evidencedBy");
    public static final Property when = p("when");
    public static final Property outcome = p("outcome");

    // --- finding pattern
    public static final Property aboutConcept = p("aboutConcept");
    public static final Property aboutSite = p("aboutSite");
    public static final Property findingScope = p("findingScope");
    public static final Property hedging = p("hedging");
    public static final Property illustratedBy = p("illustratedBy");
    public static final Property qualifiedBy = p("qualifiedBy");
    public static final Property contradictedBy = p("contradictedBy");
    public static final Property leftUncoded = p("leftUncoded");

    // --- evidence
    public static final Property speaker = p("speaker");
    public static final Property verbatimText = p("verbatimText");
    public static final Property citedAs = p("citedAs");

    // --- study, programme, sites, actors
    public static final Property inStudy = p("inStudy");
    public static final Property caseStudySite = p("caseStudySite");
    public static final Property studiedProgramme = p("studiedProgramme");
    public static final Property modelType = p("modelType");
    public static final Property hasSample = p("hasSample");
    public static final Property sampledModelType = p("sampledModelType");
    public static final Property siteCount = p("siteCount");
    public static final Property includedInStudy = p("includedInStudy");
    public static final Property exclusionReason = p("exclusionReason");
    public static final Property reportedIn = p("reportedIn");
    public static final Property fundedBy = p("fundedBy");
    public static final Property fundingProgramme = p("fundingProgramme");
    public static final Property grantNumber = p("grantNumber");
    public static final Property ethicsReference = p("ethicsReference");
    public static final Property methods = p("methods");
    public static final Property analysisSoftware = p("analysisSoftware");
    public static final Property fieldworkStart = p("fieldworkStart");
    public static final Property fieldworkEnd = p("fieldworkEnd");
    public static final Property respondentTotal = p("respondentTotal");
    public static final Property respondentsInBoth = p("respondentsInBoth");
    public static final Property focusGroupCount = p("focusGroupCount");
    public static final Property focusGroupSizeMin = p("focusGroupSizeMin");
    public static final Property focusGroupSizeMax = p("focusGroupSizeMax");
    public static final Property respondentType = p("respondentType");
    public static final Property collectionMethod = p("collectionMethod");
    public static final Property respondentCount = p("respondentCount");

    // --- row provenance
    public static final Property sourceSection = p("sourceSection");
    public static final Property inferenceNote = p("inferenceNote");

    // --- load provenance
    public static final Property sha256 = p("sha256");
    public static final Property loadedGraph = p("loadedGraph");

    // --- links to other datasets
    public static final Property locatedInArea = p("locatedInArea");
    public static final Property coversArea = p("coversArea");
}
