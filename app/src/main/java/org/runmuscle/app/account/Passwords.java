package org.runmuscle.app.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.runmuscle.app.cli.UserInputException;

/**
 * Password hashing with Argon2id (password4j). The parameters are OWASP's Password Storage Cheat
 * Sheet's first Argon2id configuration: 19 MiB of memory, 2 iterations, parallelism 1; a 16-byte
 * random salt and a 32-byte hash, stored as a PHC string that carries its own parameters, so they
 * can be raised later without breaking older hashes.
 *
 * <p>Each check costs tens of milliseconds and 19 MiB: the number of checks at once is bounded (by
 * half the processors), so a flood of logins waits or is refused instead of exhausting the server.
 */
final class Passwords {
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int HASH_BYTES = 32;
    static final int SALT_BYTES = 16;
    /** NIST SP 800-63B asks at least 8 characters; a shared server asks a little more. */
    static final int MIN_LENGTH = 10;
    /** Long enough for any passphrase; bounds the work of one check. */
    static final int MAX_LENGTH = 256;

    private static final Argon2Function ARGON2 =
            Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID);

    /** Checked against when a login names no account, so that it takes as long as one that does. */
    private static final String DUMMY = hash("not a password of anyone's");

    /**
     * Half the processors hash at once, so that a flood of logins leaves the other half to everyone
     * else: with all of them hashing, a history read during 64 logins at once took 285 to 986 ms
     * (bench/server.sh, 2 cores).
     */
    private static final Semaphore AT_ONCE =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    /** Logins waiting or hashing at once, at most; a third of the server's threads (WebServer). */
    private static final Semaphore WAITING = new Semaphore(8);
    /** How long a login waits for its turn before it is told to try again. */
    static final long WAIT_MILLIS = 5_000;

    private Passwords() {}

    /** A new password's refusal, if any: the one-line reason. */
    static void checkNew(String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new UserInputException(field + " is shorter than " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new UserInputException(field + " is longer than " + MAX_LENGTH + " characters");
        }
    }

    static String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(ARGON2).getResult();
    }

    /**
     * Whether {@code password} matches {@code storedHash}; with no stored hash (no such account) it
     * checks against a dummy and answers false, taking the same time. False too when the server is
     * too busy checking others: {@link Busy} says so.
     */
    static boolean matches(String password, String storedHash) throws Busy {
        if (password == null || password.length() > MAX_LENGTH) {
            return false;
        }
        // A login waiting for its turn holds one of the server's few threads: beyond a handful waiting,
        // the next is told at once to come back, and the threads stay free for everyone else.
        if (!WAITING.tryAcquire()) {
            throw new Busy();
        }
        try {
            if (!AT_ONCE.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        } finally {
            WAITING.release();
        }
        try {
            String against = storedHash == null ? DUMMY : storedHash;
            boolean ok = Password.check(password, against).with(Argon2Function.getInstanceFromHash(against));
            return ok && storedHash != null;
        } finally {
            AT_ONCE.release();
        }
    }

    /** Too many password checks at once: the caller should try again in a moment. */
    static final class Busy extends Exception {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("the server is checking many logins at once; try again in a few seconds");
        }
    }
}
