package org.runmuscle.core.activity;

import java.util.Optional;

/**
 * A run's running dynamics, as a chest strap or foot pod measured them: the averages over the
 * points that carry each; NaN where the file has none.
 *
 * @param groundContactMs        time a foot is on the ground in a step
 * @param contactBalanceLeft     the left foot's share of ground contact time, percent (50 is even)
 * @param verticalOscillationMm  rise and fall of the body in a step
 * @param stepLengthM            distance from one foot's landing to the other's
 */
public record RunningDynamics(
        double groundContactMs, double contactBalanceLeft, double verticalOscillationMm, double stepLengthM) {

    /** The averages of whatever running dynamics the samples hold; empty when they hold none. */
    public static Optional<RunningDynamics> of(Samples samples) {
        RunningDynamics dynamics = new RunningDynamics(
                mean(samples, Channel.GROUND_CONTACT),
                mean(samples, Channel.CONTACT_BALANCE_LEFT),
                mean(samples, Channel.VERTICAL_OSCILLATION),
                mean(samples, Channel.STEP_LENGTH));
        return dynamics.isEmpty() ? Optional.empty() : Optional.of(dynamics);
    }

    public boolean isEmpty() {
        return Double.isNaN(groundContactMs)
                && Double.isNaN(contactBalanceLeft)
                && Double.isNaN(verticalOscillationMm)
                && Double.isNaN(stepLengthM);
    }

    /**
     * The plain mean of the values above zero: the devices write one per record while running and
     * none, or 0, while standing.
     */
    private static double mean(Samples samples, Channel channel) {
        if (!samples.has(channel)) {
            return Double.NaN;
        }
        double sum = 0;
        int count = 0;
        for (int i = 0; i < samples.size(); i++) {
            double value = samples.get(channel, i);
            if (value > 0) {
                sum += value;
                count++;
            }
        }
        return count > 0 ? sum / count : Double.NaN;
    }
}
