package org.runmuscle.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.core.load.RunLoad;
import org.runmuscle.ingest.ActivityFormatException;
import org.runmuscle.ingest.ActivityReaders;

/**
 * The muscle-load model alone on a decoded run: per-muscle loads, hills, fast kilometres, drift.
 * The score is time per run; divide the run's points (printed at setup) by it for points per second.
 * Run: java -jar bench/target/benchmarks.jar LoadModelBenchmark -p shared=../shared
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoadModelBenchmark {
    @Param({"activities/fit/garmin-runPower.fit", "activities/tcx/Standard.tcx"})
    public String file;

    @Param("../shared")
    public String shared;

    private Activity run;
    private LoadModel model;

    @Setup
    public void load() throws IOException, ActivityFormatException {
        run = ActivityReaders.withDefaultLimit()
                .read(Path.of(shared, "data").resolve(file))
                .activities()
                .get(0);
        model = LoadModel.load(Atlas.load());
        System.out.println(file + ": " + run.samples().size() + " points");
    }

    @Benchmark
    public RunLoad analyze() {
        return model.analyze(run, 70);
    }

    /** The numbers alone, as import, batch and a run's track ask for them: no notes, no segment lines. */
    @Benchmark
    public RunLoad loads() {
        return model.loads(run, 70);
    }
}
