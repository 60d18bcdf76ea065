package org.runmuscle.app.account;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows guessing. Failed logins are counted per account name (whether or not the account exists,
 * so the throttle reveals nothing) and per client address. After {@value #FREE_FAILURES} failures
 * a name is locked for a time that doubles with each further failure, up to {@value #MAX_LOCK_MILLIS}
 * ms; an address is locked for {@value #ADDRESS_WINDOW_MILLIS} ms after {@value #ADDRESS_FAILURES}
 * failures in that window. While locked, no password is checked at all, right or wrong, and the try
 * counts as one more failure. The price is OWASP's known one: someone can keep an account locked for
 * up to {@value #MAX_LOCK_MILLIS} ms at a time; the owner's API tokens keep working meanwhile.
 *
 * <p>Kept in memory: a restart forgets it, which costs an attacker a restart per few guesses.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final long FIRST_LOCK_MILLIS = 1_000;
    static final long MAX_LOCK_MILLIS = 15 * 60_000;
    static final int ADDRESS_FAILURES = 30;
    static final long ADDRESS_WINDOW_MILLIS = 10 * 60_000;
    /** Entries kept before the expired ones are swept. */
    private static final int SWEEP_AT = 10_000;

    private record Failures(int count, long since, long lockedUntil) {}

    private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

    /** Milliseconds until this name or address may try again; 0 when it may now. */
    long waitMillis(String name, String address, long now) {
        long byName = remaining(nameKey(name), now);
        long byAddress = remaining("address:" + address, now);
        return Math.max(byName, byAddress);
    }

    private long remaining(String key, long now) {
        Failures f = byKey.get(key);
        return f == null ? 0 : Math.max(0, f.lockedUntil() - now);
    }

    void failed(String name, String address, long now) {
        byKey.compute(nameKey(name), (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            long lock = count < FREE_FAILURES
                    ? 0
                    : Math.min(MAX_LOCK_MILLIS, FIRST_LOCK_MILLIS << Math.min(30, count - FREE_FAILURES));
            return new Failures(count, f == null ? now : f.since(), now + lock);
        });
        byKey.compute("address:" + address, (k, f) -> {
            boolean fresh = f == null || now - f.since() > ADDRESS_WINDOW_MILLIS;
            int count = fresh ? 1 : f.count() + 1;
            long since = fresh ? now : f.since();
            return new Failures(count, since, count >= ADDRESS_FAILURES ? now + ADDRESS_WINDOW_MILLIS : 0);
        });
        if (byKey.size() > SWEEP_AT) {
            byKey.entrySet()
                    .removeIf(e -> e.getValue().lockedUntil() < now
                            && now - e.getValue().since() > ADDRESS_WINDOW_MILLIS);
        }
    }

    void succeeded(String name) {
        byKey.remove(nameKey(name));
    }

    private static String nameKey(String name) {
        return "name:" + name.strip().toLowerCase(Locale.ROOT);
    }
}
