package org.safkg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the safkg command in this JVM, as ./safkg would, with the repository as its home; for the CLI tests. */
final class InProcessSafkg {
    static final Path ROOT = Path.of(System.getProperty("safkg.root", "..")).toAbsolutePath().normalize();

    /** What a run printed and returned. */
    record Run(int code, String out, String err) {}

    private InProcessSafkg() {}

    static Run run(String... args) {
        System.setProperty("safkg.home", ROOT.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SafkgCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
