package org.runmuscle.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Session ids and API tokens: 32 random bytes from the operating system's generator, sent as
 * base64url and stored only as their SHA-256. A fast hash suffices here, unlike for passwords:
 * 256 random bits cannot be guessed, so the hash only has to keep a database copy from being used.
 */
final class Secrets {
    /** API tokens start so, which lets secret scanners and people recognise them. */
    static final String TOKEN_PREFIX = "rmt_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
