package org.safkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.safkg.study.StudyIris;
import org.safkg.refiqda.OffsetMode;
import org.safkg.refiqda.QdpxExporter;
import org.safkg.store.StudyStore;

/** The --qdpx branch of {@code safkg export}: reads one study's graphs from the store and hands them to the exporter. */
final class QdpxExport {
    private QdpxExport() {}

    static int run(Path storeLocation, String study, Path qdpx, OffsetMode positions, PrintWriter out, PrintWriter err) {
        String studyId = study != null ? study : SafkgHome.bundledStudy().getFileName().toString();
        StudyIris.refusal(studyId).ifPresent(why -> {
            throw new IllegalArgumentException("--study '" + studyId + "': " + why);
        });
        StudyIris iris = new StudyIris(studyId);
        try (StudyStore s = ReadyStore.open(storeLocation, err)) {
            DatasetGraph dsg = s.datasetGraph();
            QdpxExporter.Exported e = Txn.calculateRead(dsg, () -> QdpxExporter.export(iris,
                    dsg.getGraph(NodeFactory.createURI(iris.studyGraph())), dsg.getGraph(NodeFactory.createURI(iris.excerptsGraph())),
                    dsg.getGraph(NodeFactory.createURI(StudyIris.ONTOLOGY_GRAPH)), qdpx, positions));
            out.printf("Wrote study %s to %s: %d codes, %d text sources, %d selections, %d codings (positions in %s)%n",
                    iris.studyId(), qdpx, e.codes(), e.sources(), e.selections(), e.codings(), positions.option());
        }
        return 0;
    }
}
