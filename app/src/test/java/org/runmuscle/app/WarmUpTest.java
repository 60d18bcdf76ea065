package org.runmuscle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class WarmUpTest {
    @Test
    void commandsThatStartFastOrHaveTheirOwnStartGetNoWarmUp() {
        for (String command : List.of("--version", "-V", "--help", "", "serve", "bench")) {
            assertThat(WarmUp.work(command)).as(command).isEmpty();
        }
    }

    @Test
    void theAtlasCommandsAndAnalyzeAreWarmedWithWhatTheyReadFirst() {
        // the atlas (or the model, which reads it) first, then the formatter where the text uses one
        assertThat(WarmUp.work("gait")).hasSize(2);
        assertThat(WarmUp.work("analyze")).hasSize(2);
        // the database commands too: SQLite's driver formats the path of its native library
        assertThat(WarmUp.work("history")).hasSize(1);
        // muscle's text has no Formatter since its numbers and columns went to Decimals and Text.pad
        assertThat(WarmUp.work("muscle")).hasSize(1);
        assertThat(WarmUp.work("muscles")).hasSize(1);
    }

    @Test
    void everyCommandsWarmUpRunsToTheEnd() {
        for (Class<?> command : RunmuscleCommand.SUBCOMMANDS) {
            String name = command.getAnnotation(Command.class).name();
            for (Runnable step : WarmUp.work(name)) {
                step.run(); // throws, and fails the test, if a step is broken
            }
        }
    }
}
