package org.runmuscle.app.account;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.web.Access;
import org.runmuscle.app.web.ApiProblem;
import org.runmuscle.app.web.Authority;
import org.runmuscle.app.web.Caller;
import org.runmuscle.app.web.JsonBodies;
import org.runmuscle.app.web.Proxies;
import org.runmuscle.app.web.Query;
import org.runmuscle.app.web.Responses;
import org.runmuscle.app.web.Routes;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.store.Account;
import org.runmuscle.store.ApiToken;

/** Logging in and out, the caller's own account (password, tokens, coaches), and administrators' accounts. */
public final class AccountRoutes implements Routes {
    record Credentials(String name, String password) {}

    record PasswordChange(String current, String password) {}

    record Labelled(String label) {}

    record Named(String name) {}

    record NewAccount(String name, String password, String role, String athlete) {}

    private final AccountService accounts;
    private final Authority authority;
    private final Proxies proxies;

    public AccountRoutes(AccountService accounts, Authority authority, Proxies proxies) {
        this.accounts = accounts;
        this.authority = authority;
        this.proxies = proxies;
    }

    @Override
    public void register(WebServer server) {
        server.get("/api/v1/session", Access.PUBLIC, this::session);
        server.post("/api/v1/login", Access.LOGIN, this::login);
        server.post("/api/v1/logout", Access.ACCOUNT, this::logout);
        server.put("/api/v1/account/password", Access.ACCOUNT, this::password);
        server.get("/api/v1/account/tokens", Access.ACCOUNT, this::tokens);
        server.post("/api/v1/account/tokens", Access.ACCOUNT, this::newToken);
        server.delete("/api/v1/account/tokens/{id}", Access.ACCOUNT, this::revokeToken);
        server.get("/api/v1/account/coaches", Access.ACCOUNT, this::coaches);
        server.post("/api/v1/account/coaches", Access.ACCOUNT, this::invite);
        server.delete("/api/v1/account/coaches/{id}", Access.ACCOUNT, this::removeCoach);
        server.get("/api/v1/accounts", Access.ADMIN, this::list);
        server.post("/api/v1/accounts", Access.ADMIN, this::add);
        server.delete("/api/v1/accounts/{id}", Access.ADMIN, this::remove);
    }

    private void session(Context ctx) {
        Caller caller = WebServer.caller(ctx);
        Responses.json(
                ctx,
                Json.compact(Json.object(
                        "accounts",
                        authority.accounts(),
                        "loggedIn",
                        caller.accountId() != 0,
                        "name",
                        caller.accountId() == 0 ? null : caller.name(),
                        "role",
                        caller.role().name().toLowerCase(Locale.ROOT),
                        "athleteId",
                        caller.athleteId().isPresent() ? caller.athleteId().getAsLong() : null)));
    }

    private void login(Context ctx) {
        if (!authority.accounts()) {
            throw ApiProblem.notFound("this server serves one local user without accounts: there is no login");
        }
        Credentials credentials = JsonBodies.read(ctx, Credentials.class, "{\"name\": ..., \"password\": ...}");
        AccountService.Login login;
        try {
            login = accounts.login(credentials.name(), credentials.password(), proxies.client(ctx));
        } catch (LoginRefused e) {
            throw refusal(ctx, e);
        }
        // A session the browser brought along ends: the login's session is always a new one.
        AccountAuthority.sessionSecret(ctx).ifPresent(accounts::logout);
        setCookie(ctx, login.sessionSecret());
        Responses.json(
                ctx,
                Json.compact(Json.object(
                        "name", login.account().name(), "role", login.account().role())));
    }

    private static ApiProblem refusal(Context ctx, LoginRefused e) {
        return switch (e.reason()) {
            case WRONG -> new ApiProblem(401, "Unauthorized", e.getMessage());
            case THROTTLED -> {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
                yield new ApiProblem(429, "Too Many Requests", e.getMessage());
            }
            case BUSY -> {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
                yield new ApiProblem(503, "Service Unavailable", e.getMessage());
            }
        };
    }

    private void setCookie(Context ctx, String secret) {
        cookie(ctx, secret, AccountService.MAX_AGE_MILLIS / 1000);
    }

    /** The session cookie: HttpOnly, SameSite=Strict, and Secure whenever the browser came over HTTPS. */
    private void cookie(Context ctx, String value, long maxAgeSeconds) {
        ctx.res()
                .addHeader(
                        "Set-Cookie",
                        AccountAuthority.COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                                + maxAgeSeconds + (proxies.https(ctx) ? "; Secure" : ""));
    }

    private void logout(Context ctx) {
        AccountAuthority.sessionSecret(ctx).ifPresent(accounts::logout);
        cookie(ctx, "", 0);
        ctx.status(204);
    }

    /** The caller's account; the local user of a server without accounts has none. */
    private Account account(Context ctx) {
        Caller caller = WebServer.caller(ctx);
        return accounts.byId(caller.accountId())
                .orElseThrow(() -> ApiProblem.notFound(
                        "this server serves one local user without accounts: there is no account to manage"));
    }

    private void password(Context ctx) {
        Account account = account(ctx);
        PasswordChange change = JsonBodies.read(ctx, PasswordChange.class, "{\"current\": ..., \"password\": ...}");
        AccountService.Login login;
        try {
            login = accounts.changePassword(account, change.current(), change.password());
        } catch (LoginRefused e) {
            throw refusal(ctx, e);
        }
        setCookie(ctx, login.sessionSecret());
        Responses.json(ctx, Json.compact(Json.object("name", account.name(), "sessionsEnded", true)));
    }

    private void tokens(Context ctx) {
        Account account = account(ctx);
        Responses.json(
                ctx,
                Json.compact(Json.object(
                        "tokens",
                        accounts.tokens(account).stream()
                                .map(AccountRoutes::token)
                                .toList())));
    }

    private static Map<String, Object> token(ApiToken t) {
        return Json.object(
                "id", t.id(),
                "label", t.label(),
                "createdAt", Instant.ofEpochMilli(t.createdAt()).toString(),
                "lastUsed",
                        t.lastUsed() == 0
                                ? null
                                : Instant.ofEpochMilli(t.lastUsed()).toString());
    }

    private void newToken(Context ctx) {
        Account account = account(ctx);
        Labelled labelled = ctx.body().isBlank()
                ? new Labelled(null)
                : JsonBodies.read(ctx, Labelled.class, "{\"label\": \"my script\"}");
        AccountService.NewToken made = accounts.newToken(account, labelled.label());
        Map<String, Object> body = token(made.token());
        body.put("token", made.secret());
        ctx.status(201);
        Responses.json(ctx, Json.compact(body));
    }

    private void revokeToken(Context ctx) {
        Account account = account(ctx);
        if (!accounts.revokeToken(account, Query.pathId(ctx, "token"))) {
            throw ApiProblem.notFound("no token " + ctx.pathParam("id") + " of this account");
        }
        ctx.status(204);
    }

    private long athleteOf(Context ctx) {
        Account account = account(ctx);
        if (account.athleteId() == 0) {
            throw ApiProblem.notFound("only an athlete account has coaches");
        }
        return account.athleteId();
    }

    private void coaches(Context ctx) {
        long athlete = athleteOf(ctx);
        Responses.json(
                ctx,
                Json.compact(Json.object(
                        "coaches",
                        accounts.coaches(athlete).stream()
                                .map(c -> Json.object("id", c.id(), "name", c.name()))
                                .toList())));
    }

    private void invite(Context ctx) {
        long athlete = athleteOf(ctx);
        Named named = JsonBodies.read(ctx, Named.class, "{\"name\": \"Coach Carla\"}");
        Account coach = accounts.invite(athlete, named.name());
        ctx.status(201);
        Responses.json(ctx, Json.compact(Json.object("id", coach.id(), "name", coach.name())));
    }

    private void removeCoach(Context ctx) {
        long athlete = athleteOf(ctx);
        if (!accounts.removeCoach(athlete, Query.pathId(ctx, "coach"))) {
            throw ApiProblem.notFound("no coach " + ctx.pathParam("id") + " of this athlete");
        }
        ctx.status(204);
    }

    private void list(Context ctx) {
        Responses.json(
                ctx,
                Json.compact(Json.object(
                        "accounts",
                        accounts.list().stream().map(AccountRoutes::account).toList())));
    }

    private static Map<String, Object> account(Account a) {
        return Json.object(
                "id", a.id(),
                "name", a.name(),
                "role", a.role(),
                "athleteId", a.athleteId() == 0 ? null : a.athleteId());
    }

    private void add(Context ctx) {
        NewAccount wanted =
                JsonBodies.read(ctx, NewAccount.class, "{\"name\": ..., \"password\": ..., \"role\": \"coach\"}");
        Account added = accounts.add(wanted.name(), wanted.password(), wanted.role(), wanted.athlete());
        ctx.status(201);
        Responses.json(ctx, Json.compact(account(added)));
    }

    private void remove(Context ctx) {
        Account account = accounts.byId(Query.pathId(ctx, "account"))
                .orElseThrow(() -> ApiProblem.notFound("no account " + ctx.pathParam("id")));
        accounts.remove(account);
        ctx.status(204);
    }
}
