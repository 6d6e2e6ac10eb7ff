package org.safkg.refiqda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safkg.refiqda.TestFiles.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.refiqda.RefiQdaImporter.Options;
import org.safkg.store.StudyStore;

/** The ontology's *-violation.rq queries over imported projects: which invariants an import keeps. */
class ViolationsTest {
    @TempDir
    Path tmp;

    @Test
    void importedProjectsBreakOnlyTheDefinitionRuleForCodesTheResearcherLeftUndescribed() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        try (StudyStore store = StudyStore.inMemory()) {
            new RefiQdaImporter().load(SAMPLES.resolve("demo.qdpx"), Options.of("demo"), store, RefiQdaImporter.Progress.NONE);
            new RefiQdaImporter().load(RoundTripTest.richProject(tmp), Options.of("rich"), store, RefiQdaImporter.Progress.NONE);
            List<Path> queries;
            try (Stream<Path> s = Files.list(ROOT.resolve("ontology/violations"))) {
                queries = s.filter(p -> p.toString().endsWith("-violation.rq")).sorted().toList();
            }
            for (Path q : queries) {
                String sparql = Files.readString(q);
                int rows = Txn.calculateRead(store.datasetGraph(), () -> {
                    try (QueryExec ex = QueryExec.dataset(store.datasetGraph()).query(sparql).build()) {
                        return ResultSetFormatter.consume(org.apache.jena.query.ResultSet.adapt(ex.select()));
                    }
                });
                if (rows > 0) found.put(q.getFileName().toString(), rows);
            }
        }
        // demo.qdpx's 262 codes and the rich project's 2 undescribed codes have no description: that is the
        // researcher's to add, not ours to invent
        assertEquals(Map.of("term-without-definition-violation.rq", 262 + 2), found);
    }
}
