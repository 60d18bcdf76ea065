package org.runmuscle.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.runmuscle.app.CliRun;
import org.runmuscle.store.TestDatabases;

/** Accounts at the command line, and the server that will not face a network without them. */
class UserCommandTest {
    @Test
    void aNetworkServerNeedsAnAdministratorWhomTheCommandLineAdds() {
        String db = TestDatabases.cliValue(TestDatabases.Kind.SQLITE);
        CliRun refused = CliRun.of("serve", "--host", "0.0.0.0", "--port", "0", "--db", db);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().strip())
                .contains("needs accounts", "runmuscle user add --admin NAME")
                .doesNotContain("\n");

        CliRun noTerminal = CliRun.of("user", "add", "--admin", "root", "--db", db);
        assertThat(noTerminal.exitCode()).isEqualTo(2);
        assertThat(noTerminal.err()).contains("--password-stdin");

        CliRun tooShort = CliRun.withInput("short\n", "user", "add", "--admin", "root", "--password-stdin", "--db", db);
        assertThat(tooShort.exitCode()).isEqualTo(2);
        assertThat(tooShort.err()).contains("shorter than 10 characters");

        CliRun added = CliRun.withInput(
                "a long enough passphrase\n", "user", "add", "--admin", "root", "--password-stdin", "--db", db);
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added admin 'root'.");
        CliRun athlete =
                CliRun.withInput("another long passphrase\n", "user", "add", "anna", "--password-stdin", "--db", db);
        assertThat(athlete.exitCode()).as(athlete.err()).isZero();
        assertThat(CliRun.of("athletes", "--db", db).out()).contains("anna");
        assertThat(CliRun.of("user", "list", "--db", db).out()).contains("root", "admin", "anna", "athlete");
        CliRun again = CliRun.withInput("x\n", "user", "add", "ROOT", "--password-stdin", "--db", db);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
        CliRun last = CliRun.of("user", "remove", "root", "--db", db);
        assertThat(last.exitCode()).isEqualTo(2);
        assertThat(last.err()).contains("last administrator");
        assertThat(CliRun.of("user", "remove", "anna", "--db", db).exitCode()).isZero();
    }
}
