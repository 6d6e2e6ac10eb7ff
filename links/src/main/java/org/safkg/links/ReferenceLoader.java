package org.safkg.links;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.safkg.provenance.LoadProvenance;
import org.safkg.store.StudyStore;
import org.safkg.vocab.Namespaces;
import org.safkg.vocab.PROV;
import org.safkg.vocab.SAF;

/** Reads, checks and maps a reference code list, then writes it and its PROV-O provenance to a store in one transaction. */
public final class ReferenceLoader {
    private final Clock clock;

    public ReferenceLoader() {
        this(Clock.systemUTC());
    }

    public ReferenceLoader(Clock clock) {
        this.clock = clock;
    }

    /** Where a reference dataset comes from and under which licence, when the user says so (both optional: SAF-KG never guesses them). */
    public record Origin(String source, String licence) {
        public static final Origin UNKNOWN = new Origin(null, null);
    }

    /** A reference dataset read, mapped and described, ready to be written. */
    public record MappedReference(ReferenceIris iris, ReferenceTable table, Graph graph, Graph provenance) {}

    /**
     * Reads and maps {@code file} as reference dataset {@code name}.
     *
     * @throws org.safkg.problems.InvalidInputException listing every problem, if there is any
     */
    public MappedReference prepare(Path file, String name, Origin origin) {
        Instant started = clock.instant();
        ReferenceIris iris = new ReferenceIris(name);
        ReferenceTable table = new ReferenceTableReader().read(file);
        Graph graph = ReferenceMapper.map(table, iris);
        return new MappedReference(iris, table, graph, provenance(iris, file, table.sha256(), origin, started, clock.instant()));
    }

    /** Loads the reference dataset into the store, replacing an earlier load of the same name, in one write transaction. */
    public MappedReference load(Path file, String name, Origin origin, StudyStore store) {
        return write(prepare(file, name, origin), store);
    }

    /** Writes a prepared reference dataset and its provenance, replacing an earlier load of the same name, in one write transaction. */
    public MappedReference write(MappedReference ref, StudyStore store) {
        Map<String, Graph> named = new LinkedHashMap<>();
        named.put(ref.iris().graph(), ref.graph());
        named.put(ref.iris().provenanceGraph(), ref.provenance());
        store.replaceGraphs(named);
        return ref;
    }


    private static Graph provenance(ReferenceIris iris, Path file, String sha256, Origin origin, Instant started, Instant ended) {
        Model m = ModelFactory.createDefaultModel();
        Namespaces.all().forEach(m::setNsPrefix);
        String fileName = file.getFileName().toString();
        Resource source = m.createResource(iris.of("file", fileName), PROV.Entity)
                .addProperty(DCTerms.title, fileName)
                .addProperty(SAF.sha256, sha256);
        Resource load = m.createResource(iris.of("load", started.toString()), SAF.ReferenceLoad)
                .addProperty(RDF.type, PROV.Activity)
                .addProperty(RDFS.label, "Load of reference dataset " + iris.name())
                .addProperty(PROV.wasAssociatedWith, LoadProvenance.softwareAgent(m))
                .addProperty(PROV.startedAtTime, started.toString(), XSDDatatype.XSDdateTime)
                .addProperty(PROV.endedAtTime, ended.toString(), XSDDatatype.XSDdateTime)
                .addProperty(PROV.used, source);
        Resource graph = m.createResource(iris.graph(), PROV.Entity)
                .addProperty(RDFS.label, "Reference dataset " + iris.name() + " (from " + fileName + ")")
                .addProperty(PROV.wasGeneratedBy, load)
                .addProperty(PROV.wasDerivedFrom, source);
        if (origin.source() != null) graph.addProperty(DCTerms.source, m.createResource(origin.source()));
        if (origin.licence() != null) graph.addProperty(DCTerms.license, m.createResource(origin.licence()));
        load.addProperty(PROV.generated, graph);
        return m.getGraph();
    }
}
