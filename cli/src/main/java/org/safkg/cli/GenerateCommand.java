package org.safkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.safkg.synthetic.SyntheticBundleGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg generate}: writes a synthetic study bundle of a given size for benchmarks and crash tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        header = "Write a SYNTHETIC study bundle of about N triples.",
        description = {"Write a SYNTHETIC study bundle (not real data) of about N triples: blocks of six sites with the",
                "Vanguard bundle's counts of organisations, actors, excerpts, statements and episodes per block.",
                "The same seed and size give the same files."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--triples", required = true, paramLabel = "N",
            description = "About how many quads loading the bundle writes (ontology graph included), e.g. 1000000.")
    long triples;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The bundle folder to write (created).")
    Path out;

    @Override
    public Integer call() {
        SyntheticBundleGenerator.Summary s = new SyntheticBundleGenerator(seed).generate(triples, out);
        spec.commandLine().getOut().printf("%s: synthetic study bundle '%s' (%d sites, %d episodes, %d excerpts; about %d triples)%n",
                s.folder(), s.studyId(), s.blocks() * 6, s.episodes(), s.excerpts(), s.expectedTriples());
        return 0;
    }
}
