package org.runmuscle.app.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.runmuscle.app.cli.Names;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.web.Caller;
import org.runmuscle.core.text.Quoted;
import org.runmuscle.store.Account;
import org.runmuscle.store.Accounts;
import org.runmuscle.store.ApiToken;
import org.runmuscle.store.Athlete;
import org.runmuscle.store.Athletes;
import org.runmuscle.store.Credential;
import org.runmuscle.store.StoreException;

/** The accounts feature: accounts, logins, sessions, tokens and coaches' access, for the CLI and the routes. */
public final class AccountService {
    /** A session unused this long ends (OWASP's session guidance: 15 to 30 minutes for most applications). */
    static final long IDLE_MILLIS = 30 * 60_000;
    /** A session ends this long after login however busy, so a stolen cookie does not live forever. */
    static final long MAX_AGE_MILLIS = 12 * 3_600_000;

    static final List<String> ROLES = List.of("admin", "coach", "athlete");

    private final Accounts accounts;
    private final Athletes athletes;
    private final LoginThrottle throttle = new LoginThrottle();
    private final CallerCache callers = new CallerCache();

    public AccountService(Accounts accounts, Athletes athletes) {
        this.accounts = accounts;
        this.athletes = athletes;
    }

    /** A successful login: the account and the new session's secret, for the cookie. */
    public record Login(Account account, String sessionSecret) {}

    /** A token as created: its listing and its secret, shown once. */
    public record NewToken(ApiToken token, String secret) {}

    public boolean hasAccounts() {
        return accounts.count() > 0;
    }

    public boolean hasAdmin() {
        return accounts.admins() > 0;
    }

    public List<Account> list() {
        return accounts.list();
    }

    /**
     * Adds an account. An athlete account is the athlete of {@code athleteName} (its own name when
     * null), who is added to the history if not there yet.
     */
    public Account add(String name, String password, String role, String athleteName) {
        String checked = Names.check("the account name", name);
        String wanted = role == null ? "" : role.strip().toLowerCase(Locale.ROOT);
        if (!ROLES.contains(wanted)) {
            throw new UserInputException("role " + Quoted.of(role) + " is not a role; accepted: admin, coach, athlete");
        }
        Passwords.checkNew("the password", password);
        long athleteId = 0;
        if (wanted.equals("athlete")) {
            String athleteNamed = athleteName == null ? checked : athleteName.strip();
            Athlete athlete = athletes.byName(athleteNamed).orElseGet(() -> athletes.add(athleteNamed));
            athleteId = athlete.id();
        } else if (athleteName != null) {
            throw new UserInputException("only an athlete account is an athlete; a " + wanted + " has none");
        }
        try {
            return accounts.add(checked, Passwords.hash(password), wanted, athleteId);
        } catch (StoreException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /** Removes an account; the last administrator stays, so the server can always be managed. */
    public boolean remove(Account account) {
        if (account.role().equals("admin") && accounts.admins() == 1) {
            throw new UserInputException(Quoted.of(account.name()) + " is the last administrator; add another first");
        }
        boolean removed = accounts.remove(account.id());
        callers.clear();
        return removed;
    }

    public Optional<Account> byName(String name) {
        return accounts.credential(name.strip()).map(Credential::account);
    }

    public Optional<Account> byId(long id) {
        return accounts.byId(id);
    }

    /**
     * Checks a name and password. Whatever fails (no such account, a wrong password) is one
     * answer in one time; a name or address that failed too often is refused without a check.
     */
    public Login login(String name, String password, String address) {
        long now = System.currentTimeMillis();
        String who = name == null ? "" : name.strip();
        long wait = throttle.waitMillis(who, address, now);
        if (wait > 0) {
            // A try while locked counts as a failure, so a guessing run only locks itself out longer.
            throttle.failed(who, address, now);
            wait = throttle.waitMillis(who, address, now);
            long seconds = Math.max(1, (wait + 999) / 1000);
            throw new LoginRefused(
                    LoginRefused.Reason.THROTTLED, "too many failed logins; try again in " + seconds + " s", seconds);
        }
        Optional<Credential> credential = who.isEmpty() ? Optional.empty() : accounts.credential(who);
        boolean ok;
        try {
            ok = Passwords.matches(
                    password, credential.map(Credential::passwordHash).orElse(null));
        } catch (Passwords.Busy e) {
            throw new LoginRefused(LoginRefused.Reason.BUSY, e.getMessage(), 2);
        }
        if (!ok) {
            throw wrong(who, address, now);
        }
        throttle.succeeded(who);
        Account account = credential.orElseThrow().account();
        return new Login(account, newSession(account, now));
    }

    private LoginRefused wrong(String who, String address, long now) {
        throttle.failed(who, address, now);
        return new LoginRefused(LoginRefused.Reason.WRONG, "wrong account name or password", 0);
    }

    private String newSession(Account account, long now) {
        String secret = Secrets.newSecret();
        accounts.newSession(Secrets.sha256(secret), account.id(), now);
        if (now % 64 == 0) {
            accounts.endStaleSessions(now, IDLE_MILLIS, MAX_AGE_MILLIS); // now and then, not on every login
        }
        return secret;
    }

    public void logout(String sessionSecret) {
        accounts.endSession(Secrets.sha256(sessionSecret));
        callers.clear();
    }

    /** The caller a session cookie names; empty for one that is unknown, idle or too old. */
    public Optional<Caller> session(String secret) {
        String hash = Secrets.sha256(secret);
        long now = System.currentTimeMillis();
        return callers.get(
                "session:" + hash,
                now,
                () -> accounts.session(hash, now, IDLE_MILLIS, MAX_AGE_MILLIS).map(AccountService::caller));
    }

    /** The caller an API token names; empty for one that is unknown or revoked. */
    public Optional<Caller> token(String secret) {
        if (!secret.startsWith(Secrets.TOKEN_PREFIX)) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(secret);
        long now = System.currentTimeMillis();
        return callers.get("token:" + hash, now, () -> accounts.token(hash, now).map(AccountService::caller));
    }

    static Caller caller(Account a) {
        return new Caller(
                Caller.Role.valueOf(a.role().toUpperCase(Locale.ROOT)),
                a.id(),
                a.name(),
                a.athleteId() == 0 ? OptionalLong.empty() : OptionalLong.of(a.athleteId()));
    }

    /** The athletes a caller sees: an athlete themselves, a coach those who granted access, others none. */
    public List<Long> visible(Caller caller) {
        return switch (caller.role()) {
            case ATHLETE -> caller.athleteId().stream().boxed().toList();
            case COACH -> accounts.coached(caller.accountId());
            case LOCAL -> athletes.list().stream().map(Athlete::id).toList();
            case ADMIN, ANONYMOUS -> List.of();
        };
    }

    /** Only the athlete changes their own history (and the local user, anyone's). */
    public boolean changes(Caller caller, long athleteId) {
        return caller.role() == Caller.Role.LOCAL
                || caller.athleteId().isPresent() && caller.athleteId().getAsLong() == athleteId;
    }

    /** A new password: the old one must be given; every session ends and a new one starts. */
    public Login changePassword(Account account, String current, String replacement) {
        Passwords.checkNew("the new password", replacement);
        Credential credential = accounts.credential(account.name()).orElseThrow();
        boolean ok;
        try {
            ok = Passwords.matches(current, credential.passwordHash());
        } catch (Passwords.Busy e) {
            throw new LoginRefused(LoginRefused.Reason.BUSY, e.getMessage(), 2);
        }
        if (!ok) {
            throw new UserInputException("the current password is wrong; nothing was changed");
        }
        accounts.setPassword(account.id(), Passwords.hash(replacement));
        callers.clear();
        return new Login(account, newSession(account, System.currentTimeMillis()));
    }

    /** Sets a password without the old one (an administrator at the command line); sessions end. */
    public void resetPassword(Account account, String replacement) {
        Passwords.checkNew("the new password", replacement);
        accounts.setPassword(account.id(), Passwords.hash(replacement));
        callers.clear();
    }

    public NewToken newToken(Account account, String label) {
        String name = label == null || label.isBlank() ? "token" : Names.check("the label", label);
        String secret = Secrets.TOKEN_PREFIX + Secrets.newSecret();
        long id = accounts.newToken(account.id(), name, Secrets.sha256(secret), System.currentTimeMillis());
        ApiToken token = accounts.tokens(account.id()).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow();
        return new NewToken(token, secret);
    }

    public List<ApiToken> tokens(Account account) {
        return accounts.tokens(account.id());
    }

    public boolean revokeToken(Account account, long tokenId) {
        boolean revoked = accounts.revokeToken(account.id(), tokenId);
        callers.clear();
        return revoked;
    }

    public List<Account> coaches(long athleteId) {
        return accounts.coaches(athleteId);
    }

    /** An athlete lets a coach (by account name) see them. */
    public Account invite(long athleteId, String coachName) {
        Account coach = byName(coachName == null ? "" : coachName)
                .filter(a -> a.role().equals("coach"))
                .orElseThrow(() -> new UserInputException("no coach account named " + Quoted.of(coachName)));
        accounts.grant(athleteId, coach.id());
        return coach;
    }

    public boolean removeCoach(long athleteId, long coachId) {
        return accounts.revoke(athleteId, coachId);
    }
}
