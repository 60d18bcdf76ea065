package org.runmuscle.app.account;

/** A login that did not succeed, and why, in words that never say whether the account exists. */
final class LoginRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    enum Reason {
        /** Wrong name or wrong password: one answer for both. */
        WRONG,
        /** Too many failures for this name or from this address. */
        THROTTLED,
        /** Too many password checks running at once. */
        BUSY
    }

    private final Reason reason;
    private final long retryAfterSeconds;

    LoginRefused(Reason reason, String message, long retryAfterSeconds) {
        super(message);
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    Reason reason() {
        return reason;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
