package org.safkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.safkg.load.StudyLoader;
import org.safkg.load.StudyLoader.MappedStudy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg validate}: checks a study bundle (format, references, concepts, shapes) and writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a study bundle without loading it: every error is reported with its file, line and column.",
                "Exit code 0 if the bundle is valid, 2 if it has errors."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BundleOption bundle;

    @Override
    public Integer call() {
        Path folder = bundle.folder();
        MappedStudy study = new StudyLoader().prepare(folder);
        spec.commandLine().getOut().printf("%s: valid study bundle '%s' (%d episodes, %d excerpts)%n", folder,
                study.bundle().studyId(), study.bundle().rows("episodes.csv").size(), study.bundle().rows("excerpts.csv").size());
        return 0;
    }
}
