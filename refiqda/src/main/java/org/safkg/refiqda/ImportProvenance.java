package org.safkg.refiqda;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.safkg.provenance.LoadProvenance;
import org.safkg.study.StudyIris;
import org.safkg.vocab.Namespaces;
import org.safkg.vocab.PROV;
import org.safkg.vocab.SAF;

/** Describes one REFI-QDA import in PROV-O: the file and its SHA-256, the tool that wrote it, how offsets were read, when. */
public final class ImportProvenance {
    private ImportProvenance() {}

    /** The provenance graph of an import of {@code file} into the study's graphs. */
    public static Graph describe(StudyIris iris, Path file, String origin, OffsetMode offsets, Instant started, Instant ended) {
        Model m = ModelFactory.createDefaultModel();
        Namespaces.all().forEach(m::setNsPrefix);
        String version = LoadProvenance.loaderVersion();
        Resource tool = m.createResource("https://w3id.org/safkg/loader/" + version, PROV.SoftwareAgent)
                .addProperty(RDFS.label, "SAF-KG loader " + version)
                .addProperty(DCTerms.hasVersion, version);
        Resource load = m.createResource(iris.of("load", started.toString()), SAF.BundleLoad)
                .addProperty(RDF.type, PROV.Activity)
                .addProperty(RDFS.label, "REFI-QDA import of study " + iris.studyId() + " (positions read as " + offsets + ")")
                .addProperty(PROV.wasAssociatedWith, tool)
                .addProperty(PROV.startedAtTime, started.toString(), XSDDatatype.XSDdateTime)
                .addProperty(PROV.endedAtTime, ended.toString(), XSDDatatype.XSDdateTime);
        Resource f = m.createResource(iris.of("file", file.getFileName().toString()), SAF.BundleFile)
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(DCTerms.title, file.getFileName().toString())
                .addProperty(SAF.sha256, LoadProvenance.sha256(file));
        // the tool that wrote the file: kept here, not in the study graph, so a re-import of an export is isomorphic
        if (origin != null) f.addProperty(SAF.analysisSoftware, origin);
        load.addProperty(PROV.used, f);
        for (String g : List.of(iris.studyGraph(), iris.excerptsGraph())) {
            Resource graph = m.createResource(g, PROV.Entity).addProperty(PROV.wasGeneratedBy, load).addProperty(PROV.wasDerivedFrom, f);
            load.addProperty(SAF.loadedGraph, graph).addProperty(PROV.generated, graph);
        }
        return m.getGraph();
    }
}
