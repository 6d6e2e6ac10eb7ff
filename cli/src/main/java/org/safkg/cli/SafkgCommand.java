package org.safkg.cli;

import java.io.PrintWriter;

import org.safkg.provenance.LoadProvenance;
import org.safkg.problems.InvalidInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code safkg} command: its subcommands load, validate, query and export the SAF knowledge graph. */
@Command(name = "safkg", mixinStandardHelpOptions = true, versionProvider = SafkgCommand.Version.class,
        description = "SAF-KG: a knowledge graph of leadership in integrated health and social care.",
        subcommands = {LoadCommand.class, ValidateCommand.class, QueryCommand.class, SparqlCommand.class, CompareCommand.class, ExportCommand.class,
                LinkCommand.class, DescribeCommand.class, ImportCommand.class, ServeCommand.class, BenchCommand.class, GenerateCommand.class, ReindexCommand.class,
                CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class})
public final class SafkgCommand implements Runnable {
    /** Exit code for bad input (a bundle with errors, a bad parameter). */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command with the given output streams and returns its exit code (used by tests too). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new SafkgCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InvalidInputException bad) {
                bad.problems().forEach(p -> err.println(p.format()));
                err.println(bad.problems().size() + (bad.problems().size() == 1 ? " error" : " errors") + "; nothing was loaded.");
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof org.safkg.store.StoreInUseException || ex instanceof BenchCommand.BenchmarkStopped) {
                err.println("error: " + ex.getMessage());
                return 1;
            }
            if (ex instanceof IllegalArgumentException) {
                err.println("error: " + ex.getMessage());
                return EXIT_BAD_INPUT;
            }
            throw ex;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The version printed by --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"safkg " + LoadProvenance.loaderVersion()};
        }
    }
}
