package org.safkg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The optional BUNDLE argument shared by load and validate; the bundled Vanguard study by default. */
final class BundleOption {
    @Parameters(index = "0", arity = "0..1", paramLabel = "BUNDLE",
            description = "The study bundle folder (default: the bundled Vanguard study, data/vanguard-2022).")
    Path bundle;

    @Option(names = "--max-file-bytes", paramLabel = "BYTES", defaultValue = "67108864",
            description = "Refuse (file-too-large) any bundle file larger than this, before reading it (default ${DEFAULT-VALUE}, 64 MiB).")
    long maxFileBytes;

    /** The bundle as a pipeline source, with the size limit. */
    org.safkg.load.CsvBundleSource source() {
        if (maxFileBytes < 1) throw new IllegalArgumentException("--max-file-bytes must be at least 1, got " + maxFileBytes);
        return new org.safkg.load.CsvBundleSource(folder(), java.time.Clock.systemUTC(), maxFileBytes);
    }

    Path folder() {
        return bundle != null ? bundle : SafkgHome.bundledStudy();
    }
}
