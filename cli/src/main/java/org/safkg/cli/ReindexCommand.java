package org.safkg.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;

import org.safkg.store.StudyStore;
import org.safkg.store.StudyTextIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg reindex}: rebuilds the store's full-text index from the store. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        header = "Rebuild the full-text index beside the store.",
        description = {"Rebuild the full-text index beside the store (STORE-text) from the store's graphs.",
                "Loads keep it up to date; rebuild after a crash during a load or after writing",
                "the store with another tool."})
final class ReindexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.location())) {
            throw new IllegalArgumentException("no store at " + store.location() + ": load a study first (./safkg load), or give --store");
        }
        try (StudyStore s = StudyStore.open(store.location())) {
            int n = s.rebuildTextIndex();
            spec.commandLine().getOut().printf("%s: %d entries (excerpt text and labels)%n", StudyTextIndex.folderFor(store.location()), n);
        }
        return 0;
    }
}
