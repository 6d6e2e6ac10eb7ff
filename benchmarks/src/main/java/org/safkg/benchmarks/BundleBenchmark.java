package org.safkg.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.safkg.bundle.StudyBundle;
import org.safkg.bundle.StudyBundleReader;
import org.safkg.mapping.StudyMapper;
import org.safkg.pipeline.StudyStream;
import org.safkg.synthetic.SyntheticBundleGenerator;

/** The in-process half of {@code safkg load}: reading and validating a synthetic bundle's rows, and mapping them to quads. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class BundleBenchmark {
    /** The bundle's size in triples, as {@code safkg generate --triples} takes it. */
    @Param("100000")
    public long triples;

    private Path folder;
    private StudyBundle bundle;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        folder = java.nio.file.Files.createTempDirectory("safkg-jmh-bundle-");
        new SyntheticBundleGenerator(1).generate(triples, folder);
        bundle = new StudyBundleReader().read(folder);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        if (folder != null) org.apache.commons.io.FileUtils.deleteDirectory(folder.toFile());
    }

    /** Every file read, parsed and checked, row by row and across files. */
    @Benchmark
    public StudyBundle readAndValidate() {
        return new StudyBundleReader().read(folder);
    }

    /** The rows mapped to quads, as the load streams them (counted, not kept). */
    @Benchmark
    public long map() {
        QuadCount count = new QuadCount();
        StudyMapper.stream(bundle, StudyStream.of(count));
        if (count.n == 0) throw new IllegalStateException("the mapping gave no quads");
        return count.n;
    }

    /** Counts what passes. */
    static final class QuadCount extends StreamRDFBase {
        long n;

        @Override
        public void triple(Triple triple) {
            n++;
        }

        @Override
        public void quad(Quad quad) {
            n++;
        }
    }
}
