package org.runmuscle.app;

import java.util.List;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The top-level command: its subcommands are runmuscle's features. Its annotation is the reference
 * for {@link #model}, which builds the same model without reading it.
 */
@Command(
        name = RunmuscleCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {RunmuscleCommand.SUMMARY, ""},
        commandListHeading = RunmuscleCommand.COMMAND_LIST_HEADING,
        footer = {"", RunmuscleCommand.FOOTER})
final class RunmuscleCommand implements Runnable {
    static final String NAME = "runmuscle";
    static final String SUMMARY =
            "Which muscles running uses, when in the stride and how hard, and the strength work that follows.";
    static final String COMMAND_LIST_HEADING = "%nCommands:%n";
    static final String FOOTER = "Run 'runmuscle COMMAND --help' for a command's options and examples.";
    /** The types whose picocli converters {@link #commandLine} leaves out, as picocli's regexes. */
    static final String CONVERTERS_LEFT_OUT = "java\\.time\\..*,java\\.sql\\..*";

    /**
     * The subcommands, in the order help lists them. They are added by {@link #commandLine}, not
     * by the annotation: picocli builds every command's model when it is added, and a run needs
     * only its own (the whole tree was most of a short command's start-up).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
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
            BenchCommand.class);

    /**
     * The command line for {@code args}: with only the subcommand they name when they name one
     * (its model from {@link CommandModels}, which reads no annotation), none for --version, and
     * otherwise (help, no command, a mistyped name and its suggestions) every subcommand in
     * {@link #outline}.
     */
    static CommandLine commandLine(String[] args) {
        // picocli's default factory otherwise looks for Groovy's Closure class when it first loads;
        // the miss makes the class loader open and search the 29 MB jar (about 10 ms of every
        // command, and all of it for --version, which reads nothing else from the jar)
        System.setProperty("picocli.disable.closures", "true");
        // No option of ours has a java.time or java.sql type (dates are parsed by DateOption), but
        // every CommandLine registers picocli's converters for them by reflection, initialising
        // 100 classes (DriverManager; Year's and YearMonth's formatters): --version 173 -> 168 ms,
        // one FIT file 244 -> 237 ms (41 alternating runs). ConvertersTest keeps such types out.
        System.setProperty("picocli.converters.excludes", CONVERTERS_LEFT_OUT);
        CommandLine line = new CommandLine(model(new RunmuscleCommand()));
        String first = args.length == 0 ? "" : args[0];
        if (first.equals("--version") || first.equals("-V")) {
            return line;
        }
        CommandSpec named = CommandModels.named(first);
        if (named == null) {
            SUBCOMMANDS.forEach(command -> line.addSubcommand(outline(command)));
        } else {
            line.addSubcommand(new CommandLine(named));
        }
        return line;
    }

    /**
     * A subcommand as the top-level help and picocli's suggestions see it: its names, header and
     * description, without its options: building the 24 commands in full reads every option's
     * annotations ({@code runmuscle --help} 346 -> 220 ms, a mistyped command 315 -> 196 ms, 21
     * runs each). It never runs: a command line that names a subcommand gets the whole one.
     */
    private static CommandLine outline(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        Runnable never = () -> {
            throw new IllegalStateException(annotation.name() + " was built for the list of commands only");
        };
        CommandSpec spec =
                CommandSpec.wrapWithoutInspection(never).name(annotation.name()).aliases(annotation.aliases());
        spec.usageMessage()
                .header(annotation.header())
                .description(annotation.description())
                .hidden(annotation.hidden());
        return new CommandLine(spec);
    }

    /**
     * This command's model, built from the same values as its {@code @Command} annotation but
     * without reading it: the first annotation a process reads costs the JDK 25-37 ms of start-up
     * (its proxy machinery, and a proxy class generated for each annotation type), and
     * {@code --version} reads no other ({@code --version} 173 -> 121 ms, 31 runs each). HelpTest
     * checks that the two models print the same help and version at every width.
     */
    static CommandSpec model(RunmuscleCommand command) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(NAME).versionProvider(new Version());
        spec.usageMessage()
                .description(SUMMARY, "")
                .commandListHeading(COMMAND_LIST_HEADING)
                .footer("", FOOTER);
        spec.addMixin("mixinStandardHelpOptions", standardHelp());
        command.spec = spec;
        return spec;
    }

    /**
     * The {@code -h} and {@code -V} options as picocli's {@code mixinStandardHelpOptions} defines
     * them, built without reading the annotations of its own class that would define them.
     */
    static CommandSpec standardHelp() {
        Bindings.Binding help = Bindings.value(false);
        Bindings.Binding version = Bindings.value(false);
        return CommandSpec.create()
                .addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}")
                        .usageHelp(true)
                        .descriptionKey("mixinStandardHelpOptions.help")
                        .description("Show this help message and exit.")
                        .paramLabel("<helpRequested>")
                        .type(boolean.class)
                        .getter(help)
                        .setter(help)
                        .initialValue(false)
                        .prompt("")
                        .withToString("field boolean picocli.CommandLine$AutoHelpMixin.helpRequested")
                        .build())
                .addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}")
                        .versionHelp(true)
                        .descriptionKey("mixinStandardHelpOptions.version")
                        .description("Print version information and exit.")
                        .paramLabel("<versionRequested>")
                        .type(boolean.class)
                        .getter(version)
                        .setter(version)
                        .initialValue(false)
                        .prompt("")
                        .withToString("field boolean picocli.CommandLine$AutoHelpMixin.versionRequested")
                        .build());
    }

    @CommandLine.Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
