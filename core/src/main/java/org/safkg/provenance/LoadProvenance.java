package org.safkg.provenance;

import org.safkg.study.StudyIris;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.safkg.provenance.Checksums;
import org.safkg.vocab.Namespaces;
import org.safkg.vocab.PROV;
import org.safkg.vocab.SAF;

/** Describes one load in PROV-O: which files (with their SHA-256), which loader version, when, which graphs. */
public final class LoadProvenance {
    private static final String VERSION = readVersion();

    private LoadProvenance() {}

    /** The loader's version, from the build. */
    public static String loaderVersion() {
        return VERSION;
    }

    /** The provenance graph of a load of {@code files} into the study's graphs. */
    public static Graph describe(StudyIris iris, Map<Path, String> files, String sourceDoi, String licence, Instant started, Instant ended) {
        Model m = ModelFactory.createDefaultModel();
        Namespaces.all().forEach(m::setNsPrefix);
        Resource loader = softwareAgent(m);
        Resource load = m.createResource(iris.of("load", started.toString()), SAF.BundleLoad)
                .addProperty(RDF.type, PROV.Activity)
                .addProperty(RDFS.label, "Load of study " + iris.studyId())
                .addProperty(PROV.wasAssociatedWith, loader)
                .addProperty(PROV.startedAtTime, started.toString(), XSDDatatype.XSDdateTime)
                .addProperty(PROV.endedAtTime, ended.toString(), XSDDatatype.XSDdateTime);
        for (Map.Entry<Path, String> e : files.entrySet()) {
            Path f = e.getKey();
            Resource file = m.createResource(iris.of("file", f.getFileName().toString()), SAF.BundleFile)
                    .addProperty(RDF.type, PROV.Entity)
                    .addProperty(DCTerms.title, f.getFileName().toString())
                    .addProperty(SAF.sha256, e.getValue());
            load.addProperty(PROV.used, file);
        }
        for (String g : List.of(iris.studyGraph(), iris.excerptsGraph())) {
            Resource graph = m.createResource(g, PROV.Entity)
                    .addProperty(PROV.wasGeneratedBy, load)
                    .addProperty(PROV.wasDerivedFrom, m.createResource(StudyIris.doi(sourceDoi)))
                    .addProperty(DCTerms.source, m.createResource(StudyIris.doi(sourceDoi)))
                    .addProperty(DCTerms.license, m.createResource(licence));
            load.addProperty(SAF.loadedGraph, graph);
            load.addProperty(PROV.generated, graph);
        }
        return m.getGraph();
    }

    /** The loader, as the PROV-O software agent of a load, described in {@code m}. */
    public static Resource softwareAgent(Model m) {
        return m.createResource("https://w3id.org/safkg/loader/" + VERSION, PROV.SoftwareAgent)
                .addProperty(RDFS.label, "SAF-KG loader " + VERSION)
                .addProperty(DCTerms.hasVersion, VERSION);
    }

    /** The SHA-256 of a file, in lower-case hex. */
    public static String sha256(Path file) {
        return Checksums.sha256(file);
    }

    private static String readVersion() {
        try (InputStream in = LoadProvenance.class.getResourceAsStream("/org/safkg/safkg-version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
