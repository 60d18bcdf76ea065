package org.runmuscle.app.atlas;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.runmuscle.app.atlas.AtlasService.PhaseView;
import org.runmuscle.app.atlas.AtlasService.Working;
import org.runmuscle.app.cli.BodyMasses;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Text;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Contraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "gait",
        description = {
            "Without --speed or --pace: explains the phases of the running gait cycle (initial contact, "
                    + "loading response, midstance, propulsion/toe-off, float, early, mid and late swing) and which "
                    + "muscles work in each, and how.",
            "",
            "With --speed or --pace: the muscle model at that speed, grade and step rate. Per muscle, when in the "
                    + "cycle it works (its force curve from initial contact), its peak force in body weights in "
                    + "stance, early and late swing, its load per stride and per kilometre in body-weight seconds, "
                    + "and how that load splits into concentric, eccentric and isometric work."
        },
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Examples:",
            "  runmuscle gait",
            "  runmuscle gait --speed 3.5 --grade 0 --cadence 170",
            "  runmuscle gait --pace 4:45/km --grade -8",
            "  runmuscle gait --speed 5 --format json"
        })
public final class GaitCommand implements Callable<Integer> {
    @Option(names = "--speed", paramLabel = "M/S", description = "Running speed in m/s (0 < speed <= 12).")
    Double speed;

    @Option(names = "--pace", paramLabel = "PACE", description = "Pace instead of speed: 4:45/km or 7:38/mi.")
    String pace;

    @Option(
            names = "--grade",
            defaultValue = "0",
            paramLabel = "PERCENT",
            description = "Slope in percent, negative downhill (-45 to 45; default 0).")
    double grade;

    @Option(
            names = "--cadence",
            paramLabel = "SPM",
            description = "Steps per minute (60 to 260; default: the typical step rate for the speed and grade).")
    Double cadence;

    @Option(
            names = "--mass",
            defaultValue = "70",
            paramLabel = "KG",
            description = "Body mass in kg, for forces in newtons (20 to 250; default 70).")
    double mass;

    @Mixin
    FormatOption output = new FormatOption();

    @Override
    public Integer call() {
        PrintWriter out = output.out();
        if (speed != null || pace != null) {
            AtlasService atlas = new AtlasService(Atlas.load());
            GaitModelReport report =
                    atlas.stride(Strides.of(speed, pace, grade, cadence, "--"), BodyMasses.of("--mass", mass));
            if (output.json()) {
                Json.print(out, report.json());
            } else {
                report.print(out);
            }
            return 0;
        }
        if (cadence != null || grade != 0) {
            throw new UserInputException("--grade and --cadence describe a stride: give --speed or --pace too");
        }
        List<PhaseView> phases = new AtlasService(Atlas.load()).phases();
        if (output.json()) {
            Json.print(out, Map.of("phases", phases));
        } else {
            print(out, phases);
        }
        return 0;
    }

    private static void print(PrintWriter out, List<PhaseView> phases) {
        out.println("The running gait cycle, one leg from initial contact to its next initial contact.");
        out.println("Windows are nominal for steady running near 3.5 m/s, where stance ends at 30-37 % of the cycle.");
        for (PhaseView phase : phases) {
            out.println();
            out.println(phase.name() + "  " + phase.startPercent() + "-" + phase.endPercent() + " % of the cycle, "
                    + phase.period());
            Text.wrap(phase.description(), "  ").forEach(out::println);
            for (Contraction contraction : Contraction.values()) {
                String names = phase.muscles().stream()
                        .filter(w -> w.contraction() == contraction)
                        .map(Working::id)
                        .collect(Collectors.joining(", "));
                if (!names.isEmpty()) {
                    List<String> lines = Text.wrap(names, "               ");
                    out.println(String.format(
                            "  %-12s %s", contraction.id() + ":", lines.get(0).strip()));
                    lines.subList(1, lines.size()).forEach(out::println);
                }
            }
        }
        out.println();
        out.println("Run 'runmuscle muscle ID' to see what a muscle does in each phase and why.");
    }
}
