package org.safkg.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.apache.logging.log4j.core.config.Configurator;

/** Switches Log4j 2 to the server's configuration: Fuseki's request log on the console and in a rolling file. */
final class ServerLogging {
    private ServerLogging() {}

    static void toConsoleAndFile(Path logDir) {
        System.setProperty("safkg.logs", logDir.toAbsolutePath().toString());
        try {
            Configurator.reconfigure(ServerLogging.class.getResource("/log4j2-serve.xml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
