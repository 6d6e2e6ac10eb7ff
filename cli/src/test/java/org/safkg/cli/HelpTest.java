package org.safkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safkg.cli.InProcessSafkg.run;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The help reads well at 80 columns: one sentence per command in the list, no line over 80, no URL broken across lines. */
class HelpTest {
    private static final Pattern URL = Pattern.compile("https?://[^\\s,;)<>\"]+[^\\s,;)<>\".]");

    @Test
    void theCommandListGivesEveryCommandOneWholeSentence() {
        InProcessSafkg.Run r = run("--help");
        assertEquals(0, r.code());
        List<String> lines = r.out().lines().toList();
        int start = lines.indexOf("Commands:");
        assertTrue(start > 0, r.out());
        List<String> rows = lines.subList(start + 1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
        for (String row : rows) {
            assertTrue(row.length() <= 80, row);
            assertTrue(row.matches("  [a-z-]+ +\\S.*[.]"), "a command's summary is one whole sentence on one line: " + row);
        }
    }

    @Test
    void everyCommandsHelpFitsEightyColumnsAndKeepsItsUrlsWhole() {
        CommandLine cl = new CommandLine(new SafkgCommand());
        List<String> checked = new ArrayList<>();
        for (var e : cl.getSubcommands().entrySet()) {
            // picocli formats descriptions: a lone '%' makes it warn on System.err and print the raw text
            java.io.PrintStream err = System.err;
            java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
            InProcessSafkg.Run r;
            try {
                System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
                r = run(e.getKey(), "--help");
            } finally {
                System.setErr(err);
            }
            assertFalse(warnings.toString(java.nio.charset.StandardCharsets.UTF_8).contains("picocli WARN"), e.getKey() + ": " + warnings);
            assertEquals(0, r.code(), e.getKey() + ": " + r.err());
            for (String line : r.out().lines().toList()) assertTrue(line.length() <= 80, e.getKey() + ": " + line.length() + " columns: " + line);
            String source = String.join(" ", e.getValue().getCommandSpec().usageMessage().description());
            for (var opt : e.getValue().getCommandSpec().options()) source += " " + String.join(" ", opt.description());
            Matcher m = URL.matcher(source);
            while (m.find()) {
                assertTrue(r.out().contains(m.group()), e.getKey() + ": the URL " + m.group() + " is broken across lines in\n" + r.out());
                checked.add(m.group());
            }
        }
        assertTrue(checked.size() >= 3, "URLs checked: " + checked);
    }

    @Test
    void shellCompletionKnowsTheCommandsAndTheQueryNames() {
        InProcessSafkg.Run r = run("generate-completion");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("complete -F") && r.out().contains("sparql") && r.out().contains("who-led"), r.out().substring(0, 300));
        for (String value : List.of("siteId=S3", "episodeId=E05", "studyId=vanguard-2022", "secondStudyId=fictional-icb-demo",
                "code=brokering", "schemeId=skill", "icbCode=E54000008")) {
            assertTrue(r.out().contains(value), "completion offers --param " + value);
        }
        assertFalse(r.out().contains("siteId=brokering"), "a site is completed with site ids only");
    }
}
