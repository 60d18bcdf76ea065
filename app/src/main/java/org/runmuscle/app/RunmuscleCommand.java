package org.runmuscle.app;

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
            ImportCommand.class,
            AthleteCommand.class,
            RunsCommand.class,
            RunCommand.class,
            HistoryCommand.class,
            ReanalyzeCommand.class,
            ServeCommand.class,
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
