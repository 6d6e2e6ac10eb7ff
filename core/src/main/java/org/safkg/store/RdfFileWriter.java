package org.safkg.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.safkg.vocab.Namespaces;

/** Writes a dataset to a file in Turtle or RDF/XML (all graphs merged), TriG, N-Quads or JSON-LD. */
public final class RdfFileWriter {
    /** The formats by the names users give (and the file extensions that imply them). */
    public static final Map<String, RDFFormat> FORMATS = Map.of(
            "ttl", RDFFormat.TURTLE_PRETTY,
            "trig", RDFFormat.TRIG_PRETTY,
            "nq", RDFFormat.NQUADS_UTF8,
            "jsonld", RDFFormat.JSONLD11_PRETTY,
            // plain, not abbreviated, RDF/XML: bulk loaders read it fastest and it is written in one pass
            "rdfxml", RDFFormat.RDFXML_PLAIN);

    /** File extensions that are not a format's name. */
    private static final Map<String, String> EXTENSIONS = Map.of("rdf", "rdfxml");

    private RdfFileWriter() {}

    /** The format named, or implied by the file's extension when name is null. */
    public static RDFFormat format(String name, Path file) {
        String key = name != null ? name : extension(file);
        key = key.toLowerCase(Locale.ROOT);
        RDFFormat f = FORMATS.get(EXTENSIONS.getOrDefault(key, key));
        if (f == null) {
            throw new IllegalArgumentException("unknown RDF format '" + key + "': use one of " + String.join(", ", FORMATS.keySet().stream().sorted().toList())
                    + " (or a file ending .ttl, .trig, .nq, .jsonld or .rdf)");
        }
        return f;
    }

    /**
     * Writes the dataset; formats without named graphs (Turtle, RDF/XML) get the union of its graphs.
     * SAF-KG's prefixes are used in every format, so the JSON-LD @context and the Turtle read the same.
     */
    public static void write(DatasetGraph dsg, Path file, RDFFormat format) {
        // a write that fails part way leaves no file (or the old one)
        AtomicFile.write(file, out -> {
            if (RDFLanguages.isQuads(format.getLang())) {
                PrefixMap pm = prefixes();
                // the JSON-LD writer takes its @context from the dataset's own prefixes, not the map passed in
                DatasetGraph withPrefixes = new DatasetGraphWrapper(dsg) {
                    @Override
                    public PrefixMap prefixes() {
                        return pm;
                    }
                };
                RDFWriterRegistry.getWriterDatasetFactory(format).create(format).write(out, withPrefixes, pm, null, null);
            } else {
                RDFWriterRegistry.getWriterGraphFactory(format).create(format).write(out, dsg.getUnionGraph(), prefixes(), null, null);
            }
        });
    }

    /** SAF-KG's prefixes, with the study and graph namespaces, so that the IRIs of the data are short too. */
    public static PrefixMap prefixes() {
        PrefixMap pm = PrefixMapFactory.create(Namespaces.all());
        pm.add("study", Namespaces.STUDY);
        pm.add("graph", Namespaces.GRAPH);
        return pm;
    }

    private static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }
}
