package org.safkg.rdf4j;

import org.apache.jena.sys.JenaSystem;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Initialises Jena once, before any test class runs. This module runs test classes two at a time, and JenaSystem.init
 * marks itself done as it starts (for recursive calls): a second thread could then query while the first was still
 * registering query engines (a ConcurrentModificationException in QueryEngineRegistry, seen once on a fresh clone).
 */
public final class JenaInitFirst implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        JenaSystem.init();
    }
}
