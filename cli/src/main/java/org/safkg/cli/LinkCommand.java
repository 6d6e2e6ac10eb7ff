package org.safkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.safkg.links.ReferenceIris;
import org.safkg.links.ReferenceLoader;
import org.safkg.links.ReferenceLoader.MappedReference;
import org.safkg.store.StudyStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg link}: loads a reference code list (e.g. the ONS list of ICBs) into a named graph of its own, with provenance. */
@Command(name = "link", mixinStandardHelpOptions = true,
        header = "Load a reference code list into its own graph.",
        description = {"Load a reference dataset (an ONS code list: XXXyyCD GSS codes, XXXyyNM names, optional XXXyyCDH ODS codes) into its own named graph,",
                "<https://w3id.org/safkg/graph/reference/NAME>, with its provenance, replacing an earlier load of the same name in one transaction.",
                "Queries can then join studies to it, e.g. 'safkg query episodes-in-icb --param icbCode=E54000008'. Nothing is written if any row is bad."})
final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The code list, e.g. ../shared/samples/links/icb_names_codes_dec_2024.csv.")
    Path file;

    @Option(names = "--name", paramLabel = "NAME", description = "The dataset's name in its graph IRI (default: from the file name, e.g. icb-names-codes-dec-2024).")
    String name;

    @Option(names = "--source", paramLabel = "IRI", description = "Where the file comes from (recorded as dcterms:source; nothing is recorded when absent).")
    String source;

    @Option(names = "--licence", paramLabel = "IRI", description = "The file's licence (recorded as dcterms:license; nothing is recorded when absent).")
    String licence;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        String n = name != null ? name : ReferenceIris.defaultName(file.getFileName().toString());
        ReferenceLoader.Origin origin = new ReferenceLoader.Origin(iri("--source", source), iri("--licence", licence));
        ReferenceLoader loader = new ReferenceLoader();
        // checked before the store is even opened: bad input writes nothing
        MappedReference ref = loader.prepare(file, n, origin);
        try (StudyStore s = ReadyStore.open(store.location(), spec.commandLine().getErr())) {
            loader.write(ref, s);
            long boards = ref.table().entries().stream().filter(e -> !e.odsCode().isEmpty()).count();
            spec.commandLine().getOut().printf("Linked reference dataset %s into %s: %d areas (%s), %d organisations with ODS codes, %d triples in <%s>; provenance in <%s>%n",
                    n, store.location(), ref.table().entries().size(), ref.table().prefix(), boards, ref.graph().size(),
                    ref.iris().graph(), ref.iris().provenanceGraph());
        }
        return 0;
    }

    private static String iri(String option, String value) {
        if (value == null) return null;
        if (!value.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
            throw new IllegalArgumentException(option + " must be an absolute http(s) IRI, got '" + value + "'");
        }
        return value;
    }
}
