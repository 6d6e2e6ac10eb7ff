package org.safkg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Parameters;

/** The optional BUNDLE argument shared by load and validate; the bundled Vanguard study by default. */
final class BundleOption {
    @Parameters(index = "0", arity = "0..1", paramLabel = "BUNDLE",
            description = "The study bundle folder (default: the bundled Vanguard study, data/vanguard-2022).")
    Path bundle;

    Path folder() {
        return bundle != null ? bundle : SafkgHome.bundledStudy();
    }
}
