package org.safkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.StudyPipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg validate}: checks a study bundle (format, references, concepts, shapes) and writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check a study bundle without loading it.",
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
        // the pipeline without a sink: the bundle's own checks, then every check a load would run
        PreparedStudy study = StudyPipeline.standard().prepare(bundle.source());
        study.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        spec.commandLine().getOut().printf("%s: valid study bundle '%s' (%s)%n", folder, study.studyId(), study.summary());
        return 0;
    }
}
