package org.runmuscle.app;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.runmuscle.app.cli.OneLineErrors;
import picocli.CommandLine;

/** Entry point of the runmuscle jar. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        WarmUp.start(args);
        StandardOutput standardOutput = StandardOutput.open();
        PrintWriter err = stderr();
        int code = run(args, writer(standardOutput), err);
        String failure = standardOutput.failure();
        if (failure != null) {
            err.println(failure);
            code = code == 0 ? 1 : code;
        }
        System.exit(code);
    }

    /** Runs one command line and returns its exit code: 0 done, 2 bad input, 1 internal error. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // the settings after the subcommands: picocli passes them to the subcommands there are
        CommandLine commandLine = RunmuscleCommand.commandLine(args)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new OneLineErrors())
                .setExecutionExceptionHandler(new OneLineErrors());
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    }

    private static PrintWriter stderr() {
        return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }
}
