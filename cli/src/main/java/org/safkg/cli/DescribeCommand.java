package org.safkg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.safkg.links.DatasetDescription;
import org.safkg.store.StudyStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg describe}: prints (or writes) the VoID/DCAT description of the store, as served at /.well-known/void. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        header = "Describe the store in VoID and DCAT (Turtle).",
        description = {"Describe the store in VoID and DCAT (Turtle): title, licences, sources, vocabularies, SPARQL endpoint, one subset per graph "
                + "and the link sets to ONS geographies and Wikidata with their counts, all counted from the graphs.",
                "A SAF-KG server publishes the same description at " + DatasetDescription.WELL_KNOWN_PATH + "."})
final class DescribeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = DatasetDescription.DEFAULT_ENDPOINT,
            description = {"The public SPARQL endpoint to name; default:", "${DEFAULT-VALUE}."})
    String endpoint;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        if (!endpoint.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
            throw new IllegalArgumentException("--endpoint must be an absolute http(s) URL, got '" + endpoint + "'");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (StudyStore s = ReadyStore.open(store.location(), spec.commandLine().getErr())) {
            DatasetDescription.writeTurtle(s.datasetGraph(), endpoint, bytes);
        }
        if (out == null) {
            spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
            return 0;
        }
        org.safkg.store.AtomicFile.write(out, bytes::writeTo);
        spec.commandLine().getOut().printf("Wrote the dataset description to %s%n", out);
        return 0;
    }
}
