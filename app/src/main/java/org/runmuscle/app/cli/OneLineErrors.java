package org.runmuscle.app.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.runmuscle.core.text.Quoted;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every user error into one line on stderr that names what was wrong and what is accepted,
 * and exit code 2; no usage dump, no stack trace. An unexpected failure gets one line and exit
 * code 1, with the stack trace only when {@code RUNMUSCLE_DEBUG} is set.
 */
public final class OneLineErrors
        implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    public static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 1;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        commandLine.getErr().println(prefix(commandLine) + describe(ex));
        return USER_ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        if (ex instanceof UserInputException) {
            commandLine.getErr().println(prefix(commandLine) + ex.getMessage());
            return USER_ERROR;
        }
        commandLine
                .getErr()
                .println(prefix(commandLine) + "internal error: " + ex
                        + " (set RUNMUSCLE_DEBUG=1 for details, and please report it)");
        if (System.getenv("RUNMUSCLE_DEBUG") != null) {
            ex.printStackTrace(commandLine.getErr());
        }
        return INTERNAL_ERROR;
    }

    private static String prefix(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName() + ": ";
    }

    private static String describe(ParameterException ex) {
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        if (ex instanceof UnmatchedArgumentException unmatched
                && !spec.subcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")) {
            return "unknown command " + Quoted.of(unmatched.getUnmatched().get(0)) + "; commands: "
                    + String.join(", ", spec.subcommands().keySet());
        }
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException && message.contains("option")) {
            return message + "; accepted options: " + optionNames(spec.options());
        }
        if (ex instanceof UnmatchedArgumentException || message.startsWith("Missing required")) {
            return message + "; usage: " + synopsis(spec);
        }
        return message;
    }

    private static String optionNames(List<OptionSpec> options) {
        return options.stream().map(OptionSpec::longestName).collect(Collectors.joining(", "));
    }

    private static String synopsis(CommandSpec spec) {
        return spec.commandLine().getHelp().synopsis(0).strip().replaceAll("\\s+", " ");
    }
}
