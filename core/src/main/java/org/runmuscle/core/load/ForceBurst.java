package org.runmuscle.core.load;

import java.util.List;

/**
 * One burst of a muscle's force in the cycle: a raised-cosine bump of a given peak, centred at a
 * point of a period and spanning part of it (it may spill into the next period).
 *
 * @param period    where the burst is centred
 * @param kind      what it does, and so how it scales with speed, grade and step rate
 * @param peakBw    peak force at the reference (level, 3.5 m/s, preferred step rate), body weights
 * @param center    centre as a fraction of the period, 0..1
 * @param halfWidth half the burst's span as a fraction of the period
 * @param sources   ids of the sources of the peak
 * @param estimate  empty when the peak is measured; otherwise how it was estimated
 */
public record ForceBurst(
        Period period,
        ForceKind kind,
        double peakBw,
        double center,
        double halfWidth,
        List<String> sources,
        String estimate) {
    public ForceBurst {
        if (period == null || kind == null) {
            throw new IllegalArgumentException("a burst needs a period and a kind");
        }
        if (!(peakBw > 0 && peakBw < 20) || !(center >= 0 && center <= 1) || !(halfWidth > 0 && halfWidth <= 1)) {
            throw new IllegalArgumentException("burst peak, centre or width out of range");
        }
        sources = List.copyOf(sources == null ? List.of() : sources);
        estimate = estimate == null ? "" : estimate;
        if (sources.isEmpty() && estimate.isBlank()) {
            throw new IllegalArgumentException("a burst needs a source or an explanation of its estimate");
        }
    }

    public boolean estimated() {
        return !estimate.isBlank();
    }
}
