package org.runmuscle.ingest;

import java.util.ArrayList;
import java.util.List;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Samples;

/**
 * Forward jumps of a device's clock in the middle of a recording (a watch correcting its time from
 * GPS): the points show the runner moving at speed on both sides of a gap of hours or days, and
 * covering only a few steps of distance across it. Such a gap is not a pause; every later time is
 * shifted back so the gap lasts as long as the distance across it took at the speed around it.
 * A real stop shows speed near zero on at least one side, and is left alone; so is any gap that
 * contains the start of a new session (two runs recorded in one file, Multisession.fit).
 */
final class ClockJumps {
    /** A gap shorter than an hour is treated as a real pause, however it looks. */
    static final double MIN_JUMP_SECONDS = 3600;
    /** Moving on both sides of the gap: faster than a slow walk (estimated). */
    static final double MOVING_MPS = 1.0;

    private record Jump(double at, double shift, double distance) {}

    private final List<Jump> jumps;

    private ClockJumps(List<Jump> jumps) {
        this.jumps = jumps;
    }

    static ClockJumps in(Samples samples) {
        return in(samples, new double[0]);
    }

    /** Jumps in {@code samples}, never across one of the {@code sessionStarts} (Unix seconds). */
    static ClockJumps in(Samples samples, double[] sessionStarts) {
        List<Jump> jumps = new ArrayList<>();
        for (int i = 1; i < samples.size(); i++) {
            double gap = samples.time(i) - samples.time(i - 1);
            if (gap < MIN_JUMP_SECONDS || sessionStartsWithin(sessionStarts, samples.time(i - 1), samples.time(i))) {
                continue;
            }
            double before = samples.get(Channel.SPEED, i - 1);
            double after = samples.get(Channel.SPEED, i);
            double meters = samples.get(Channel.DISTANCE, i) - samples.get(Channel.DISTANCE, i - 1);
            if (before > MOVING_MPS && after > MOVING_MPS && meters >= 0) {
                double realGap = Math.max(1, meters / ((before + after) / 2));
                if (realGap < gap / 10) {
                    jumps.add(new Jump(samples.time(i), gap - realGap, samples.get(Channel.DISTANCE, i)));
                }
            }
        }
        return new ClockJumps(jumps);
    }

    private static boolean sessionStartsWithin(double[] starts, double from, double to) {
        for (double start : starts) {
            if (start > from && start <= to) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return jumps.isEmpty();
    }

    /** The corrected time for a time read on the jumping clock. */
    double correct(double time) {
        double corrected = time;
        for (Jump jump : jumps) {
            if (time >= jump.at()) {
                corrected -= jump.shift();
            }
        }
        return corrected;
    }

    Samples apply(Samples samples) {
        if (jumps.isEmpty()) {
            return samples;
        }
        double[] time = samples.column(Channel.TIME);
        for (int i = 0; i < time.length; i++) {
            time[i] = correct(time[i]);
        }
        return samples.withColumn(Channel.TIME, time);
    }

    List<String> describe() {
        return jumps.stream()
                .map(j -> String.format(
                        "the device clock jumped forward by %.1f hours at %.2f km while "
                                + "the runner kept moving; later times were shifted back",
                        j.shift() / 3600, j.distance() / 1000))
                .toList();
    }
}
