package org.runmuscle.app.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalDouble;
import org.runmuscle.core.activity.RunningDynamics;
import org.runmuscle.core.activity.Sport;

/** The balance of ground contact between the feet that the recent runs measured, for the self-assessment. */
public final class ContactBalance {
    private ContactBalance() {}

    /** Days of running whose contact-time balance the assessment reads: about a month of runs. */
    public static final int BALANCE_DAYS = 28;

    /**
     * The left foot's share of ground contact time over the runs of the {@value #BALANCE_DAYS}
     * days to {@code today} (an epoch day) that measured it, each run counting once; empty if none did.
     */
    public static OptionalDouble recent(HistoryService service, long today) {
        Instant from = LocalDate.ofEpochDay(today - BALANCE_DAYS + 1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        Instant to =
                LocalDate.ofEpochDay(today + 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return service.store().activities(Optional.of(from)).stream()
                .filter(a ->
                        a.sport().equals(Sport.RUNNING.id()) && a.startTime().isBefore(to))
                .map(a -> RunningDynamics.of(service.store().samples(a.id())))
                .flatMap(Optional::stream)
                .mapToDouble(RunningDynamics::contactBalanceLeft)
                .filter(b -> !Double.isNaN(b))
                .average();
    }
}
