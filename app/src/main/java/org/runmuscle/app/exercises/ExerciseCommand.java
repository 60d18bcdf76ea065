package org.runmuscle.app.exercises;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.SourceNumbers;
import org.runmuscle.app.output.Text;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.core.training.Exercise;
import org.runmuscle.core.training.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "exercise",
        description = "Shows one exercise in full: how to do it, cues, common mistakes, easier and harder variations, "
                + "the muscles it trains with measured activation where known, its usual dose, and sources.",
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Examples:",
            "  runmuscle exercise nordic-hamstring-curl",
            "  runmuscle exercise clamshell --format json"
        })
public final class ExerciseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "An exercise id, as 'runmuscle exercises' lists them.")
    String id;

    @Mixin
    FormatOption output = new FormatOption();

    @Override
    public Integer call() {
        Atlas atlas = Atlas.load();
        ExerciseService exercises = ExerciseService.load(atlas);
        Exercise exercise = exercises
                .find(id)
                .orElseThrow(() -> new UserInputException("unknown exercise " + Quoted.of(id) + "; closest: "
                        + String.join(", ", exercises.closest(id)) + " (run 'runmuscle exercises' for the list)"));
        PrintWriter out = output.out();
        SourceNumbers numbers = new SourceNumbers(atlas);
        if (output.json()) {
            Json.print(out, exercises.json(exercise));
            return 0;
        }
        out.println(exercise.name() + " (" + exercise.id() + ")");
        out.println(exercise.category().id() + ", " + exercise.difficulty().id() + ", "
                + (exercise.unilateral() ? "one side at a time" : "both sides together") + ", stresses "
                + exercise.emphasis().id() + " work; equipment: " + ExercisesCommand.equipment(exercise));
        out.println();
        out.println("Trains");
        for (Target target : exercise.targets()) {
            String measured = target.activationPercent().isPresent()
                    ? String.format(
                            " %.0f %% of maximal activation %s",
                            target.activationPercent().getAsDouble(), numbers.cite(target.sources()))
                    : " (no measured activation in the evidence base)";
            out.println("  " + (target.primary() ? "primary   " : "secondary ") + target.muscle() + measured);
        }
        if (!exercise.evidence().isEmpty()) {
            section(
                    out,
                    "Why runners do it",
                    exercise.evidence().stream()
                            .map(claim -> claim.text() + " " + numbers.cite(claim.sources()))
                            .toList(),
                    false);
        }
        section(out, "How to do it", exercise.howTo(), true);
        section(out, "Cues", exercise.cues(), false);
        section(out, "Common mistakes", exercise.mistakes(), false);
        out.println();
        if (!exercise.easier().isEmpty() || !exercise.harder().isEmpty()) {
            out.println("Easier: " + (exercise.easier().isEmpty() ? "-" : exercise.easier()) + "   Harder: "
                    + (exercise.harder().isEmpty() ? "-" : exercise.harder()));
        }
        var dose = exercise.dose();
        out.println("Starting dose: " + dose.sets() + " sets of "
                + (dose.reps() > 0 ? dose.reps() + " reps" : dose.seconds() + " s")
                + (exercise.unilateral() ? " per side" : "") + ", tempo " + dose.tempo() + ", rest "
                + dose.restSeconds() + " s "
                + numbers.cite(exercise.sources()));
        out.println();
        numbers.printReferences(out);
        return 0;
    }

    private static void section(PrintWriter out, String heading, List<String> lines, boolean numbered) {
        out.println();
        out.println(heading);
        for (int i = 0; i < lines.size(); i++) {
            List<String> wrapped = Text.wrap(lines.get(i), "     ");
            out.println(
                    "  " + (numbered ? (i + 1) + ". " : "-  ") + wrapped.get(0).strip());
            wrapped.subList(1, wrapped.size()).forEach(out::println);
        }
    }
}
