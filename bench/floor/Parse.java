import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The floor of a picocli command here (bench/floor.sh): one top command with {@code -V}, one
 * subcommand with one positional and one option, built through picocli's programmatic API as
 * runmuscle's generated models are (no annotation read), parsed, and one line printed. It does none
 * of runmuscle's work: no atlas, no model, no report, no warm-up thread.
 */
public final class Parse {
    private Parse() {}

    public static void main(String[] args) {
        // the same settings as RunmuscleCommand's
        System.setProperty("picocli.disable.closures", "true");
        System.setProperty("picocli.converters.excludes", "java\\.time\\..*,java\\.sql\\..*");
        CommandSpec top = CommandSpec.create().name("runmuscle");
        top.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).build());
        top.version("runmuscle 0.1.0");
        CommandSpec muscle = CommandSpec.create().name("muscle");
        muscle.addPositional(PositionalParamSpec.builder()
                .paramLabel("NAME")
                .type(String.class)
                .build());
        muscle.addOption(OptionSpec.builder("--format").type(String.class).build());
        top.addSubcommand("muscle", muscle);
        CommandLine line = new CommandLine(top);
        ParseResult parsed = line.parseArgs(args);
        if (parsed.isVersionHelpRequested()) {
            line.printVersionHelp(System.out);
        } else if (parsed.subcommand() != null) {
            System.out.println(parsed.subcommand().matchedPositionalValue(0, ""));
        }
    }
}
