package org.runmuscle.bench;

import java.io.IOException;
import java.nio.file.Files;
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
import org.openjdk.jmh.infra.Blackhole;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.ingest.ActivityFormatException;
import org.runmuscle.ingest.ActivityReaders;

/**
 * Reading one real recording from memory: decode, clean, one activity per session. The score is
 * time per file; divide the file's points (printed at setup) by it for points per second.
 * Run: java -jar bench/target/benchmarks.jar DecodeBenchmark -p shared=../shared
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecodeBenchmark {
    @Param({
        "activities/fit/garmin-runPower.fit", "activities/fit/Suunto-Ambit-3-Peak-without-final-lap.fit",
        "activities/gpx/runkeeper-negative-time-step-at-start.gpx", "activities/tcx/Standard.tcx"
    })
    public String file;

    @Param("../shared")
    public String shared;

    private byte[] bytes;
    private final ActivityReaders readers = ActivityReaders.withDefaultLimit();

    @Setup
    public void load() throws IOException, ActivityFormatException {
        bytes = Files.readAllBytes(Path.of(shared, "data").resolve(file));
        int points = readers.read(bytes).activities().stream()
                .mapToInt(a -> a.samples().size())
                .sum();
        System.out.println(file + ": " + bytes.length + " bytes, " + points + " points");
    }

    @Benchmark
    public void read(Blackhole sink) throws ActivityFormatException {
        for (Activity activity : readers.read(bytes).activities()) {
            sink.consume(activity);
        }
    }
}
