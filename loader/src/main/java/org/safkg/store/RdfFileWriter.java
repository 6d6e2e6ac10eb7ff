package org.safkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;

/** Writes a dataset to a file in Turtle (all graphs merged), TriG, N-Quads or JSON-LD. */
public final class RdfFileWriter {
    /** The formats by the names users give (and the file extensions that imply them). */
    public static final Map<String, RDFFormat> FORMATS = Map.of(
            "ttl", RDFFormat.TURTLE_PRETTY,
            "trig", RDFFormat.TRIG_PRETTY,
            "nq", RDFFormat.NQUADS_UTF8,
            "jsonld", RDFFormat.JSONLD11_PRETTY);

    private RdfFileWriter() {}

    /** The format named, or implied by the file's extension when name is null. */
    public static RDFFormat format(String name, Path file) {
        String key = name != null ? name : extension(file);
        RDFFormat f = FORMATS.get(key.toLowerCase(Locale.ROOT));
        if (f == null) {
            throw new IllegalArgumentException("unknown RDF format '" + key + "': use one of " + String.join(", ", FORMATS.keySet().stream().sorted().toList())
                    + " (or a file ending .ttl, .trig, .nq or .jsonld)");
        }
        return f;
    }

    public static void write(DatasetGraph dsg, Path file, RDFFormat format) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                if (format.getLang().equals(Lang.TURTLE)) {
                    RDFDataMgr.write(out, dsg.getUnionGraph(), format);
                } else {
                    RDFDataMgr.write(out, dsg, format);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }
}
