package org.runmuscle.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.runmuscle.app.activity.RunLoads;
import org.runmuscle.core.atlas.Atlas;

/**
 * One-time work a command is going to need, started on a second thread while picocli reads the
 * command line on the first. Picocli's reflection over the command's annotations is most of a short
 * command's start-up (0.06-0.08 s of {@code muscle soleus}, measured with Flight Recorder, 2026-12-01)
 * and uses one core; the other was idle.
 *
 * <p>What it warms is shared with the command, which waits for whatever is not ready yet: the
 * shipped atlas ({@link Atlas#load}), the load model ({@link RunLoads#prepare}), and the JDK's
 * {@code Formatter}, whose first use in a process costs 0.02 s (its specifier pattern and the
 * locales' number symbols). A failure here is ignored: the command meets the same one and says
 * what it is.
 */
final class WarmUp implements Runnable {
    private static final Set<String> ATLAS =
            Set.of("muscle", "muscles", "gait", "exercise", "exercises", "assess", "plan", "validate");
    private static final Set<String> MODEL = Set.of("analyze", "run");
    /** Commands whose text needs no Formatter: their numbers go through {@code Decimals} or none at all. */
    private static final Set<String> UNFORMATTED = Set.of("muscle", "muscles");
    /** Commands that print nothing worth warming, or that have their own start-up (serve). */
    private static final Set<String> NONE = Set.of("", "--version", "-V", "--help", "-h", "help", "serve", "bench");

    /**
     * The steps, as classes rather than lambdas: the first lambda of a process sets up the JDK's
     * method-handle machinery, which then happens on the warm-up thread, not on the main one
     * before picocli starts (picocli's first class 15 ms sooner in {@code -Xlog:class+load};
     * whole commands 4 ms faster, within the noise of 15 runs).
     */
    enum Step implements Runnable {
        ATLAS {
            @Override
            public void run() {
                Atlas.load();
            }
        },
        MODEL {
            @Override
            public void run() {
                RunLoads.prepare();
            }
        },
        FORMATTER {
            @Override
            public void run() {
                formatter();
            }
        }
    }

    private final List<Step> work;

    private WarmUp(List<Step> work) {
        this.work = work;
    }

    /** Starts warming for the command line {@code args}, unless its command needs none of it. */
    static void start(String[] args) {
        List<Step> work = work(args.length == 0 ? "" : args[0]);
        if (work.isEmpty()) {
            return;
        }
        Thread thread = new Thread(new WarmUp(work), "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        for (Step step : work) {
            quietly(step);
        }
    }

    /** The warming {@code command} gets, in the order it is needed. */
    static List<Step> work(String command) {
        List<Step> work = new ArrayList<>();
        if (NONE.contains(command)) {
            return work;
        }
        if (ATLAS.contains(command)) {
            work.add(Step.ATLAS);
        }
        if (MODEL.contains(command)) {
            work.add(Step.MODEL);
        }
        if (!UNFORMATTED.contains(command)) {
            work.add(Step.FORMATTER);
        }
        return work;
    }

    /** Both locales the output uses: the root one for data, the runner's for text. */
    private static void formatter() {
        String.format(Locale.ROOT, "%d %.1f %-3s", 1, 1.5, "x");
        String.format("%d %.1f %-3s", 1, 1.5, "x");
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (RuntimeException | Error e) {
            // the command meets the same failure and reports it in its own words
        }
    }
}
