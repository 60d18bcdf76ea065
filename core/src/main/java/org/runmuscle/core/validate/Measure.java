package org.runmuscle.core.validate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the model is asked for one comparison, as {@code validation.json} writes it. One record for
 * every kind, so that the file stays flat; each kind reads only the fields it names.
 *
 * <ul>
 * <li>{@code peak}: the highest summed force of {@code muscles} in {@code period} at {@code stride}, BW</li>
 * <li>{@code peakAt}: when in stance that summed force peaks, % of stance</li>
 * <li>{@code loadPerKm}: the {@code contraction} part (or all) of the muscles' load per km, BW·s</li>
 * <li>{@code contractionShare}: the share of the muscles' load in {@code period} of {@code contraction}, %</li>
 * <li>{@code stepRate}, {@code strideFrequency}, {@code stanceFraction}: the stride's timing (steps/min, Hz, %)</li>
 * <li>{@code strengthLoss}, {@code soreness}: the recovery model {@code atHours} after the last of
 *     {@code bouts}, for {@code group}, with four weeks of easy running before when {@code accustomed}
 *     (strength loss in %; soreness 0 low, 1 moderate, 2 high)</li>
 * <li>{@code ratio}: the value of {@code of} divided by the value of {@code to}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Measure(
        String kind,
        List<String> muscles,
        String period,
        String contraction,
        Stride stride,
        String group,
        List<Bout> bouts,
        Boolean accustomed,
        Double atHours,
        Measure of,
        Measure to) {

    /** A stride: speed, grade and, when given, an absolute step rate or one relative to the preferred one. */
    record Stride(double speed, Double grade, Double cadence, Double cadenceRatio) {}

    /** A bout of running on a day: minutes at a speed and grade. */
    record Bout(int day, double minutes, double speed, double grade) {}
}
