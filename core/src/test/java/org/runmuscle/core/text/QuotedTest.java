package org.runmuscle.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTest {
    @Test
    void whatWasTypedIsQuotedOnOneLineAndCutWhenVeryLong() {
        assertThat(Quoted.of("soleus")).isEqualTo("'soleus'");
        assertThat(Quoted.of("")).isEqualTo("''");
        assertThat(Quoted.of(null)).as("a field left out of a JSON body").isEqualTo("''");
        assertThat(Quoted.of("squat 3x5\nX\t\u0007")).isEqualTo("'squat 3x5\\nX\\t\\u0007'");
        assertThat(Quoted.of("x".repeat(100_000)))
                .isEqualTo("'" + "x".repeat(Quoted.SHOWN) + "…' (100000 characters)")
                .doesNotContain("\n");
        assertThat(Quoted.of("x".repeat(Quoted.SHOWN))).isEqualTo("'" + "x".repeat(Quoted.SHOWN) + "'");
    }
}
