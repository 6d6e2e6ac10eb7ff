package org.safkg.refiqda;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.safkg.concepts.Concept;
import org.safkg.concepts.ConceptIndex;
import org.safkg.ontology.OntologyFiles;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.problems.Problems;
import org.safkg.refiqda.QdaProject.Code;

/**
 * A researcher's mapping of their own codes onto SAF-KG concepts: a CSV with the columns
 * {@code code,match,concept}, where code is a code's name or GUID, match is exact, close or broad,
 * and concept is a SAF-KG concept id (its skos:notation).
 */
public final class CodeMapping {
    /** One mapped code. */
    public record Entry(String codeGuid, String match, Concept concept) {}

    private static final List<String> HEADER = List.of("code", "match", "concept");
    private static final Set<String> MATCHES = Set.of("exact", "close", "broad");

    private CodeMapping() {}

    /** Reads and checks the mapping against the project's codes and SAF-KG's concepts. */
    public static List<Entry> read(Path csv, QdaProject project) {
        Problems problems = new Problems();
        Map<String, List<Code>> byName = new HashMap<>();
        Map<String, Code> byGuid = new HashMap<>();
        for (Code c : project.allCodes()) {
            byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
            byGuid.put(c.guid(), c);
        }
        ConceptIndex concepts = ConceptIndex.fromGraph(OntologyFiles.ontologyAndConcepts());
        List<Entry> out = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (Reader in = new java.io.InputStreamReader(Files.newInputStream(csv), decoder);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get().parse(in)) {
            if (!p.getHeaderNames().equals(HEADER)) {
                throw new InvalidInputException("mapping " + csv, List.of(Problem.ofLine(ProblemId.QDA_MAPPING, csv, 1,
                        "the header is " + p.getHeaderNames() + ", not code,match,concept.",
                        "Start the file with the line: code,match,concept")));
            }
            for (CSVRecord r : p) {
                int line = (int) r.getRecordNumber() + 1; // the header is line 1
                if (r.size() != 3) {
                    problems.add(new Problem(ProblemId.QDA_MAPPING, csv, line, 0, null, "has " + r.size() + " fields, not 3.", "Write code,match,concept."));
                    continue;
                }
                String code = r.get("code"), match = r.get("match"), concept = r.get("concept");
                Code c = byGuid.get(QdaXmlReader.normaliseGuid(code) == null ? "" : QdaXmlReader.normaliseGuid(code));
                if (c == null) {
                    List<Code> named = byName.getOrDefault(code, List.of());
                    if (named.size() == 1) c = named.get(0);
                    else problems.add(new Problem(ProblemId.QDA_MAPPING, csv, line, 1, "code",
                            named.isEmpty() ? "'" + code + "' is no code of the project (by name or GUID)."
                                    : "'" + code + "' names " + named.size() + " codes.",
                            named.isEmpty() ? "Use a code's exact name or its GUID." : "Use the GUID of the one you mean: "
                                    + named.stream().map(Code::guid).toList() + "."));
                }
                if (!MATCHES.contains(match)) {
                    problems.add(new Problem(ProblemId.QDA_MAPPING, csv, line, 2, "match", "'" + match + "' is not a match.", "Use exact, close or broad."));
                }
                var target = concepts.find(concept);
                if (target.isEmpty()) {
                    problems.add(new Problem(ProblemId.QDA_MAPPING, csv, line, 3, "concept", "'" + concept + "' is no SAF-KG concept.",
                            concepts.nearest(null, concept).map(n -> "Did you mean '" + n + "'?")
                                    .orElse("Use a concept id (skos:notation) from ontology/saf-kg-concepts.ttl.")));
                }
                if (c != null && MATCHES.contains(match) && target.isPresent()) out.add(new Entry(c.guid(), match, target.get()));
            }
        } catch (NoSuchFileException e) {
            problems.add(Problem.ofFile(ProblemId.FILE_MISSING, csv, "does not exist.", "Check the --mapping path."));
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(Problem.ofFile(ProblemId.ENCODING, csv, "is not UTF-8.", "Save the mapping as UTF-8 CSV."));
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            if (e instanceof UncheckedIOException u && u.getCause() instanceof java.nio.charset.CharacterCodingException) {
                problems.add(Problem.ofFile(ProblemId.ENCODING, csv, "is not UTF-8.", "Save the mapping as UTF-8 CSV."));
            } else {
                problems.add(Problem.ofFile(ProblemId.MALFORMED_CSV, csv, "cannot be read as CSV (" + e.getMessage() + ").", "Write code,match,concept lines."));
            }
        }
        problems.throwIfAny("mapping " + csv);
        return out;
    }
}
