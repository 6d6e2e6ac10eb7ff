package org.safkg.cli;

import java.nio.file.Path;

import org.safkg.store.StudyStore;

/** A second process that holds a store open, as `safkg serve` would: for the store-in-use test. */
public final class StoreHolder {
    private StoreHolder() {}

    public static void main(String[] args) throws InterruptedException {
        try (StudyStore s = StudyStore.open(Path.of(args[0]))) {
            s.isEmpty();
            System.out.println("open");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
