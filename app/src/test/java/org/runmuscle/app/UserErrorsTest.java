package org.runmuscle.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets one line on stderr, naming what was wrong and what is accepted, and exit code 2. */
class UserErrorsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "muscle glutus|unknown muscle or group 'glutus'; closest: glutes, gluteus-maximus, gluteus-medius",
                "muscle|Missing required parameter: 'NAME'; usage: runmuscle muscle",
                "muscle a b|Unmatched argument at index 2: 'b'",
                "muscles --group soleus|'soleus' is a muscle, not a group; groups: glutes, hip-flexors",
                "muscles --group legs|unknown group 'legs'; groups: glutes",
                "muscles --format xml|'xml' is not a format; accepted: table, json",
                "muscles --bogus|Unknown option: '--bogus'; accepted options: --group, --format",
                "gait --format yaml|accepted: table, json",
                "frobnicate|unknown command 'frobnicate'; commands: muscles, muscle, gait"
            })
    void oneLineAndExitCodeTwo(String args, String expected) {
        CliRun run = CliRun.of(args.split(" "));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(expected).doesNotContain("Exception", "\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void whatWasTypedIsEchoedOnOneShortLine() {
        CliRun typedLong = CliRun.of("muscle", "x".repeat(100_000));
        assertThat(typedLong.exitCode()).isEqualTo(2);
        assertThat(typedLong.err().strip())
                .startsWith("runmuscle muscle: unknown muscle or group 'xxxx")
                .contains("…' (100000 characters); closest: ")
                .hasSizeLessThan(400);
        CliRun broken = CliRun.of("exercise", "nordic\ncurl");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err().strip().lines())
                .singleElement()
                .asString()
                .contains("unknown exercise 'nordic\\ncurl'");
    }
}
