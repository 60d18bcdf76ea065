package org.runmuscle.app.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.cli.Names;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Text;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.store.Account;
import org.runmuscle.store.Accounts;
import org.runmuscle.store.Athletes;
import org.runmuscle.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "user",
        description = "Manages the accounts of a shared server: 'user add', 'list', 'remove', 'password'. Once an "
                + "account exists, 'serve' asks every browser and script to log in.",
        mixinStandardHelpOptions = true,
        subcommands = {
            UserCommand.Add.class,
            UserCommand.ListAccounts.class,
            UserCommand.Remove.class,
            UserCommand.Reset.class
        },
        footer = {
            "",
            "Examples:",
            "  runmuscle user add --admin root",
            "  runmuscle user add carla --role coach",
            "  runmuscle user add anna --role athlete      (the athlete 'anna', added if new)",
            "  printf '%%s\\n' \"$PW\" | runmuscle user add ben --role athlete --password-stdin"
        })
public final class UserCommand implements Runnable {
    @Override
    public void run() {
        throw new UserInputException("name a subcommand: add, list, remove or password ('runmuscle user --help')");
    }

    static AccountService service(Database db) {
        return new AccountService(new Accounts(db), new Athletes(db));
    }

    static Account named(AccountService accounts, String name) {
        return accounts.byName(name)
                .orElseThrow(() -> new UserInputException("no account named " + Quoted.of(name.strip())));
    }

    /** The password from the terminal without echo (asked twice), or one line of standard input. */
    static String password(boolean fromStdin, String prompt) throws IOException {
        if (fromStdin) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new UserInputException("--password-stdin: standard input was empty");
            }
            return line;
        }
        Console console = System.console();
        if (console == null) {
            throw new UserInputException("no terminal to ask for the password; pipe it with --password-stdin");
        }
        char[] first = console.readPassword("%s: ", prompt);
        char[] again = console.readPassword("Again: ");
        try {
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new UserInputException("the two passwords differ; nothing was changed");
            }
            return new String(first);
        } finally {
            Arrays.fill(first == null ? new char[0] : first, ' ');
            Arrays.fill(again == null ? new char[0] : again, ' ');
        }
    }

    @Command(name = "add", description = "Adds an account; asks for its password.", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The login name, 1 to 60 characters.")
        String name;

        @Option(names = "--admin", description = "An administrator (same as --role admin).")
        boolean admin;

        @Option(names = "--role", paramLabel = "ROLE", description = "admin, coach or athlete (default athlete).")
        String role;

        @Option(
                names = "--athlete",
                paramLabel = "NAME",
                description = "For an athlete account: which athlete of the history it is (default: its own name; "
                        + "added when new).")
        String athlete;

        @Option(names = "--password-stdin", description = "Read the password from standard input, for scripts.")
        boolean passwordStdin;

        @Mixin
        DbOption database = new DbOption();

        @Mixin
        FormatOption output = new FormatOption();

        @Override
        public Integer call() throws IOException {
            if (admin && role != null && !role.equalsIgnoreCase("admin")) {
                throw new UserInputException("--admin and --role " + role + " disagree; give one");
            }
            String wanted = admin ? "admin" : role == null ? "athlete" : role;
            try (Database db = database.openDatabase()) {
                AccountService accounts = service(db);
                Names.check("the account name", name);
                if (accounts.byName(name).isPresent()) {
                    throw new UserInputException("an account named " + Quoted.of(name.strip()) + " already exists");
                }
                String password = password(passwordStdin, "Password for " + name.strip());
                Account added = accounts.add(name, password, wanted, athlete);
                output.out().println("Added " + added.role() + " " + Quoted.of(added.name()) + ".");
                return 0;
            }
        }
    }

    @Command(name = "list", description = "Lists the accounts and their roles.", mixinStandardHelpOptions = true)
    static final class ListAccounts implements Callable<Integer> {
        @Mixin
        DbOption database = new DbOption();

        @Mixin
        FormatOption output = new FormatOption();

        @Override
        public Integer call() {
            try (Database db = database.openDatabase()) {
                List<Account> all = service(db).list();
                if (output.json()) {
                    Json.print(
                            output.out(),
                            Json.object(
                                    "accounts",
                                    all.stream()
                                            .map(a -> Json.object("id", a.id(), "name", a.name(), "role", a.role()))
                                            .toList()));
                    return 0;
                }
                if (all.isEmpty()) {
                    output.out().println("No accounts: 'serve' on loopback serves one local user without login.");
                }
                all.forEach(a -> output.out().println(Text.pad(a.name(), 30) + a.role()));
                return 0;
            }
        }
    }

    @Command(
            name = "remove",
            description = "Removes an account, its sessions and tokens (an athlete's history stays).",
            mixinStandardHelpOptions = true)
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @Mixin
        DbOption database = new DbOption();

        @Mixin
        FormatOption output = new FormatOption();

        @Override
        public Integer call() {
            try (Database db = database.openDatabase()) {
                AccountService accounts = service(db);
                Account account = named(accounts, name);
                accounts.remove(account);
                output.out().println("Removed account " + Quoted.of(account.name()) + ".");
                return 0;
            }
        }
    }

    @Command(
            name = "password",
            description = "Sets an account's password (asks for it) and ends its sessions.",
            mixinStandardHelpOptions = true)
    static final class Reset implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--password-stdin", description = "Read the password from standard input, for scripts.")
        boolean passwordStdin;

        @Mixin
        DbOption database = new DbOption();

        @Mixin
        FormatOption output = new FormatOption();

        @Override
        public Integer call() throws IOException {
            try (Database db = database.openDatabase()) {
                AccountService accounts = service(db);
                Account account = named(accounts, name);
                accounts.resetPassword(account, password(passwordStdin, "New password for " + account.name()));
                output.out().println("Password of " + Quoted.of(account.name()) + " set; its sessions ended.");
                return 0;
            }
        }
    }
}
