package org.runmuscle.app.account;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.runmuscle.app.web.Authority;
import org.runmuscle.app.web.Caller;

/**
 * A server with accounts: a request is the account its session cookie or its bearer token names,
 * and anonymous otherwise (including a cookie or token that is unknown, expired or revoked).
 */
public final class AccountAuthority implements Authority {
    /** The session cookie's name. */
    static final String COOKIE = "rm_session";

    private final AccountService accounts;

    public AccountAuthority(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Caller identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return accounts.token(authorization.substring(7).strip()).orElse(Caller.ANONYMOUS);
        }
        return sessionSecret(ctx).flatMap(accounts::session).orElse(Caller.ANONYMOUS);
    }

    static Optional<String> sessionSecret(Context ctx) {
        String value = ctx.cookie(COOKIE);
        return value == null || value.isBlank() || value.length() > 100 ? Optional.empty() : Optional.of(value);
    }

    @Override
    public List<Long> visible(Caller caller) {
        return accounts.visible(caller);
    }

    @Override
    public boolean changes(Caller caller, long athleteId) {
        return accounts.changes(caller, athleteId);
    }

    @Override
    public boolean accounts() {
        return true;
    }
}
