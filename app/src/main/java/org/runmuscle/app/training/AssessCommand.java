package org.runmuscle.app.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.runmuscle.app.cli.AthleteOption;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.cli.YesNo;
import org.runmuscle.app.history.ContactBalance;
import org.runmuscle.app.history.HistoryService;
import org.runmuscle.app.output.Json;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.core.training.ExerciseCatalog;
import org.runmuscle.core.training.Finding;
import org.runmuscle.store.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "assess",
        description = {
            "The runner's self-assessment. Do the tests, then give the results as options, or run it in a "
                    + "terminal without options to be asked one question at a time. Each finding names the muscles it "
                    + "implicates, why, how sure it is, its sources, and what to do.",
            "",
            "Tests: a slow single-leg squat in front of a mirror (what happens?); whether the hip drops on the "
                    + "swing side when you land (a phone video from behind); single-leg calf raises to fatigue on "
                    + "each side; a side-plank hold on the weaker side; a measured hamstring-to-quadriceps strength "
                    + "ratio if you have one; which muscles get sore after runs."
        },
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Examples:",
            "  runmuscle assess",
            "  runmuscle assess --single-leg-squat knee-caves-in --hip-drop yes --calf-raises-left 18 "
                    + "--calf-raises-right 26 --side-plank-seconds 35 --hamstring-quad-ratio 0.48 --sore quads,calves"
        })
public final class AssessCommand implements Callable<Integer> {
    @Option(
            names = "--single-leg-squat",
            paramLabel = "RESULT",
            description = "good, knee-caves-in, hip-drops, trunk-leans or wobbles.")
    String singleLegSquat;

    @Option(
            names = "--hip-drop",
            paramLabel = "YES|NO",
            description = "Does the hip on the swing side drop when you land?")
    String hipDrop;

    @Option(names = "--calf-raises-left", paramLabel = "N", description = "Single-leg calf raises to fatigue, left.")
    Integer calfLeft;

    @Option(names = "--calf-raises-right", paramLabel = "N", description = "Single-leg calf raises to fatigue, right.")
    Integer calfRight;

    @Option(
            names = "--side-plank-seconds",
            paramLabel = "S",
            description = "Side-plank hold on the weaker side, seconds.")
    Integer sidePlank;

    @Option(
            names = "--hamstring-quad-ratio",
            paramLabel = "R",
            description = "Measured concentric hamstring-to-quadriceps strength ratio (e.g. 0.55).")
    Double hqRatio;

    @Option(
            names = "--sore",
            paramLabel = "GROUPS",
            description = "Muscle groups sore after runs, comma-separated "
                    + "(ids or lay names: quads, calves, hamstrings, glutes, hip-flexors, shins ...).")
    String sore;

    @Option(
            names = "--contact-balance-left",
            paramLabel = "PCT",
            description = "The left foot's share of ground contact time, percent, as a watch with running dynamics "
                    + "shows it ('GCT balance', 50 is even). Without it, the history's runs of the last 28 days give "
                    + "it when they measured it.")
    Double contactBalanceLeft;

    @Mixin
    DbOption database = new DbOption();

    @Mixin
    AthleteOption athlete = new AthleteOption();

    @Option(names = "--interactive", description = "Ask the questions on the terminal even when options are given.")
    boolean interactive;

    @Mixin
    FormatOption output = new FormatOption();

    @Override
    public Integer call() {
        Atlas atlas = Atlas.load();
        boolean anyOption = singleLegSquat != null
                || hipDrop != null
                || calfLeft != null
                || calfRight != null
                || sidePlank != null
                || hqRatio != null
                || sore != null
                || contactBalanceLeft != null;
        if (interactive || !anyOption) {
            if (!interactive && System.console() == null) {
                throw new UserInputException("no answers given: pass them as options (see 'runmuscle assess --help') "
                        + "or run it in a terminal to be asked");
            }
            ask(atlas);
        }
        TrainingService training = new TrainingService(atlas, ExerciseCatalog.load(atlas));
        if (contactBalanceLeft == null) {
            contactBalanceLeft = fromHistory();
        }
        List<Finding> findings = training.findings(new AssessmentInput(
                singleLegSquat, hipDrop, calfLeft, calfRight, sidePlank, hqRatio, sore, contactBalanceLeft));
        if (output.json()) {
            Json.print(output.out(), training.findingsJson(findings));
        } else {
            FindingsTable.print(atlas, findings, output.out());
        }
        return 0;
    }

    /** Asks each question the options did not answer; an empty line skips a test. */
    private void ask(Atlas atlas) {
        PrintWriter out = output.out();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        out.println("Self-assessment. Press Enter to skip a test you have not done.");
        if (singleLegSquat == null) {
            singleLegSquat = question(
                    in,
                    out,
                    "Slow single-leg squat: good, knee-caves-in, hip-drops, trunk-leans or wobbles?",
                    v -> squatOf(v));
        }
        if (hipDrop == null) {
            hipDrop = question(
                    in,
                    out,
                    "Does the hip on the swing side drop when you land (yes/no)?",
                    v -> YesNo.parse(v, "answer").map(b -> v));
        }
        if (calfLeft == null) {
            calfLeft = integer(question(in, out, "Single-leg calf raises to fatigue, left?", AssessCommand::count));
        }
        if (calfRight == null) {
            calfRight = integer(question(in, out, "Single-leg calf raises to fatigue, right?", AssessCommand::count));
        }
        if (sidePlank == null) {
            sidePlank =
                    integer(question(in, out, "Side-plank hold on the weaker side, seconds?", AssessCommand::count));
        }
        if (hqRatio == null) {
            String ratio =
                    question(in, out, "Measured hamstring-to-quadriceps ratio (e.g. 0.55)?", AssessCommand::ratio);
            hqRatio = ratio == null ? null : Double.valueOf(ratio);
        }
        if (sore == null) {
            sore = question(in, out, "Muscles sore after runs (e.g. quads,calves)?", v -> {
                SoreGroups.parse(atlas, v);
                return Optional.of(v);
            });
        }
        out.println();
    }

    /** The recent runs' contact-time balance, when there is a history and its runs measured it. */
    private Double fromHistory() {
        Optional<HistoryStore> store = athlete.openIfPresent(database);
        if (store.isEmpty()) {
            return null;
        }
        try (HistoryStore history = store.get()) {
            OptionalDouble balance = ContactBalance.recent(
                    HistoryService.of(history), LocalDate.now(ZoneOffset.UTC).toEpochDay());
            return balance.isPresent() ? balance.getAsDouble() : null;
        }
    }

    private Optional<String> squatOf(String v) {
        singleLegSquat = v;
        return new AssessmentInput(v, null, null, null, null, null, null, null)
                .squat()
                .map(r -> v);
    }

    private static Optional<String> count(String v) {
        try {
            int n = Integer.parseInt(v);
            if (n < 0 || n > 1200) {
                throw new UserInputException(Quoted.of(v) + " is outside 0 to 1200");
            }
            return Optional.of(v);
        } catch (NumberFormatException e) {
            throw new UserInputException(Quoted.of(v) + " is not a whole number");
        }
    }

    private static Optional<String> ratio(String v) {
        try {
            double r = Double.parseDouble(v);
            if (!(r >= 0.1 && r <= 2.0)) {
                throw new UserInputException(Quoted.of(v) + " is outside 0.1 to 2.0");
            }
            return Optional.of(v);
        } catch (NumberFormatException e) {
            throw new UserInputException(Quoted.of(v) + " is not a number");
        }
    }

    private static Integer integer(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    /** One question, asked again (up to three times) after an answer that is not accepted. */
    private static String question(
            BufferedReader in, PrintWriter out, String prompt, Function<String, Optional<String>> check) {
        for (int attempt = 0; attempt < 3; attempt++) {
            out.print(prompt + " ");
            out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null || line.isBlank()) {
                return null;
            }
            try {
                return check.apply(line.strip()).orElse(null);
            } catch (UserInputException e) {
                out.println("  " + e.getMessage());
            }
        }
        throw new UserInputException("three answers in a row were not accepted; stopping");
    }
}
