package org.runmuscle.app;

import org.runmuscle.app.account.UserCommand;
import org.runmuscle.app.activity.AnalyzeCommand;
import org.runmuscle.app.athletes.AthletesCommand;
import org.runmuscle.app.atlas.GaitCommand;
import org.runmuscle.app.atlas.MuscleCommand;
import org.runmuscle.app.atlas.MusclesCommand;
import org.runmuscle.app.bench.BenchCommand;
import org.runmuscle.app.exercises.ExerciseCommand;
import org.runmuscle.app.exercises.ExercisesCommand;
import org.runmuscle.app.history.AthleteCommand;
import org.runmuscle.app.history.DeleteCommand;
import org.runmuscle.app.history.EditCommand;
import org.runmuscle.app.history.ExportCommand;
import org.runmuscle.app.history.HistoryCommand;
import org.runmuscle.app.history.ImportCommand;
import org.runmuscle.app.history.ReanalyzeCommand;
import org.runmuscle.app.history.RunCommand;
import org.runmuscle.app.history.RunsCommand;
import org.runmuscle.app.serve.ServeCommand;
import org.runmuscle.app.strength.LogCommand;
import org.runmuscle.app.strength.LogsCommand;
import org.runmuscle.app.training.AssessCommand;
import org.runmuscle.app.training.PlanCommand;
import org.runmuscle.app.validate.ValidateCommand;
import picocli.CommandLine.Command;

/** The top-level command: its subcommands are runmuscle's features. */
@Command(
        name = "runmuscle",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Which muscles running uses, when in the stride and how hard, and the strength work that follows.",
            ""
        },
        subcommands = {
            MusclesCommand.class,
            MuscleCommand.class,
            GaitCommand.class,
            AnalyzeCommand.class,
            ExercisesCommand.class,
            ExerciseCommand.class,
            AssessCommand.class,
            PlanCommand.class,
            LogCommand.class,
            LogsCommand.class,
            ImportCommand.class,
            AthleteCommand.class,
            AthletesCommand.class,
            UserCommand.class,
            RunsCommand.class,
            RunCommand.class,
            EditCommand.class,
            DeleteCommand.class,
            ExportCommand.class,
            HistoryCommand.class,
            ReanalyzeCommand.class,
            ServeCommand.class,
            ValidateCommand.class,
            BenchCommand.class
        },
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'runmuscle COMMAND --help' for a command's options and examples."})
final class RunmuscleCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
