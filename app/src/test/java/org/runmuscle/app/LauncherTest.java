package org.runmuscle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The launcher gives the commands that read the history their own class-data archive: its list
 * of them is the commands with a {@code --db} option (themselves or a subcommand), so that a new
 * one does not start from the archive without the database layer's classes.
 */
class LauncherTest {
    private static final Pattern HISTORY_CASE =
            Pattern.compile("(?m)^\\s*([a-z|]+)\\)\\s*\\n\\s*archive=\"\\$root/app/target/runmuscle-history\\.jsa\"");

    @Test
    void theHistoryArchiveIsForExactlyTheCommandsWithADatabase() throws Exception {
        String launcher = Files.readString(Path.of("..", "runmuscle"));
        Matcher match = HISTORY_CASE.matcher(launcher);
        assertThat(match.find())
                .as("the launcher's case for the history archive")
                .isTrue();
        Set<String> launched = new TreeSet<>(Arrays.asList(match.group(1).split("\\|")));

        Set<String> withDatabase = new TreeSet<>();
        for (Class<?> type : RunmuscleCommand.SUBCOMMANDS) {
            CommandLine command = new CommandLine(type);
            if (!command.getCommandName().equals("serve") && opensTheHistory(command)) {
                withDatabase.add(command.getCommandName());
            }
        }
        assertThat(withDatabase).as("commands with --db").contains("import", "runs", "user");
        assertThat(launched).isEqualTo(withDatabase);
    }

    private static final Pattern LEAN_CASE = Pattern.compile("(?m)^\\s*([-a-zA-Z|]+)\\)\\s*\\n\\s*lean=([a-z]+) ;;");

    /**
     * The lean archives' commands are those their trainings run, so that none starts from a thin
     * archive; and each lean archive is one the training knows.
     */
    @Test
    void theLeanArchivesAreForTheCommandsTheirTrainingsRun() throws Exception {
        Matcher match = LEAN_CASE.matcher(Files.readString(Path.of("..", "runmuscle")));
        Map<String, Set<String>> launched = new TreeMap<>();
        while (match.find()) {
            launched.put(
                    match.group(2), new TreeSet<>(Arrays.asList(match.group(1).split("\\|"))));
        }
        assertThat(launched)
                .as("the launcher's cases for the lean archives")
                .isEqualTo(Map.of(
                        "atlas", new TreeSet<>(ArchiveTraining.ATLAS),
                        "analyze", new TreeSet<>(ArchiveTraining.ANALYZE)));
        assertThat(launched.get("atlas")).contains("muscle", "--version");
    }

    private static boolean opensTheHistory(CommandLine command) {
        return command.getCommandSpec().findOption("--db") != null
                || command.getSubcommands().values().stream().anyMatch(LauncherTest::opensTheHistory);
    }
}
