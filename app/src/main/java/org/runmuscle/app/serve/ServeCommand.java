package org.runmuscle.app.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.runmuscle.app.account.AccountService;
import org.runmuscle.app.cli.DbOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.web.Problems;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.store.Accounts;
import org.runmuscle.store.Athletes;
import org.runmuscle.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        description = {
            "Starts the web app and the REST API (under /api/v1, described at /api/v1/openapi.json) and "
                    + "prints the address. It listens on 127.0.0.1 only unless --host says otherwise. Ctrl-C stops it."
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  runmuscle serve", "  runmuscle serve --port 8080 --db /srv/runmuscle.db"})
public final class ServeCommand implements Callable<Integer> {
    @Option(
            names = "--port",
            defaultValue = "7070",
            paramLabel = "PORT",
            description = "Port, 1 to 65535, or 0 for any " + "free one (default 7070).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            paramLabel = "ADDRESS",
            description = "Address to listen on (default 127.0.0.1; 0.0.0.0 exposes it to the network).")
    String host;

    @Option(
            names = "--max-upload-mib",
            defaultValue = "1024",
            paramLabel = "MIB",
            description = "Largest file accepted in an upload (an activity or a whole export zip), 1 to 4096 MiB "
                    + "(default 1024). A request may carry four files of that size.")
    int maxUploadMib;

    @Option(
            names = "--allowed-host",
            paramLabel = "NAME",
            description = "A host name the server is reached by, besides the address it listens on and localhost "
                    + "(a reverse proxy's name, a LAN name); repeatable. Requests for any other host are refused, "
                    + "which stops DNS rebinding.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(
            names = "--trusted-proxy",
            paramLabel = "ADDRESS",
            description = "The address of a reverse proxy in front of the server (e.g. 127.0.0.1), whose "
                    + "X-Forwarded-For and X-Forwarded-Proto are believed; repeatable. From anyone else they are "
                    + "ignored.")
    List<String> trustedProxies = new ArrayList<>();

    @Mixin
    DbOption database = new DbOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UserInputException("--port " + port + " is outside 0 to 65535");
        }
        if (maxUploadMib < 1 || maxUploadMib > 4096) {
            throw new UserInputException("--max-upload-mib " + maxUploadMib + " is outside 1 to 4096");
        }
        // the parts that need no database are made meanwhile (Application.Parts)
        Application.Preparing preparing = Application.prepare();
        Database store = database.openDatabase();
        boolean loopback = isLoopback(host);
        boolean accounts;
        try {
            accounts = accountsNeeded(store, loopback);
        } catch (UserInputException e) {
            store.close();
            throw e;
        }
        WebServer server;
        try {
            server = Application.start(
                    new WebServer.Settings(
                            host,
                            port,
                            maxUploadMib * 1024L * 1024L,
                            Set.copyOf(allowedHosts),
                            Set.copyOf(trustedProxies)),
                    store,
                    accounts,
                    preparing);
        } catch (RuntimeException e) {
            store.close();
            if (preparing.threw(e)) {
                throw e; // the atlas, model or catalog did not load: not the runner's doing
            }
            throw new UserInputException(
                    "cannot listen on " + host + ":" + port + ": " + Problems.oneLine(rootCause(e)));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }));
        var out = spec.commandLine().getOut();
        out.println("runmuscle: serving http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port()
                + "/  (Ctrl-C stops)");
        out.println(
                accounts
                        ? "runmuscle: accounts are on: every history needs a login or an API token."
                        : "runmuscle: one local user, no login (loopback only; 'runmuscle user add' turns "
                                + "accounts on).");
        if (!loopback) {
            spec.commandLine()
                    .getErr()
                    .println("runmuscle serve: note: listening on " + host + " over plain HTTP. Put it behind a "
                            + "reverse proxy that terminates HTTPS, name the proxy with --trusted-proxy and its host "
                            + "name with --allowed-host (docs/server.md).");
            spec.commandLine().getErr().flush();
        }
        out.flush();
        Application.warm(store);
        stopped.await();
        return 0;
    }

    /**
     * Accounts are on whenever any exists, and always off loopback: a server on a network refuses
     * to start until an administrator exists, since anyone who can reach it could otherwise read
     * and change every athlete's history.
     */
    static boolean accountsNeeded(Database store, boolean loopback) {
        AccountService accounts = new AccountService(new Accounts(store), new Athletes(store));
        if (!loopback && !accounts.hasAdmin()) {
            throw new UserInputException("a server on a network needs accounts, and this history has no "
                    + "administrator: add one with 'runmuscle user add --admin NAME', then start it again");
        }
        return !loopback || accounts.hasAccounts();
    }

    static boolean isLoopback(String address) {
        String a = address.strip().toLowerCase(Locale.ROOT);
        return a.equals("localhost") || a.startsWith("127.") || a.equals("::1") || a.equals("[::1]");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
