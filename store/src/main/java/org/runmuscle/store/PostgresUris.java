package org.runmuscle.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL's connection URIs ({@code postgresql://user:password@host:5432/db?sslmode=require},
 * also {@code postgres://}), as libpq and hosting services write them, turned into the JDBC URL
 * the driver takes. The driver reads no user or password from a URL's authority, so they are taken
 * out of it; they win over {@code RUNMUSCLE_DB_USER} and {@code RUNMUSCLE_DB_PASSWORD}. Hosts,
 * ports (several, comma-separated), the database and the parameters pass as written: the JDBC
 * driver reads the same forms.
 */
final class PostgresUris {
    private PostgresUris() {}

    /**
     * Whether {@code value} begins with a URL's scheme and its "://" (a letter, then letters,
     * digits, '+', '.' or '-'), which no file path of a runner's does. A loop, not a pattern: every
     * command that opens the default SQLite file asks, and compiling one at start-up is the cost
     * {@code Slug} avoids too.
     */
    static boolean isUrl(String value) {
        int end = value.indexOf("://");
        if (end < 1 || !isAsciiLetter(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < end; i++) {
            char c = value.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static DatabaseSetting.Postgres toSetting(String uri, Map<String, String> environment) {
        Authority authority = Authority.of(uri.substring(uri.indexOf("://") + 3));
        Optional<String> user = Optional.ofNullable(environment.get("RUNMUSCLE_DB_USER"));
        Optional<String> password = Optional.ofNullable(environment.get("RUNMUSCLE_DB_PASSWORD"));
        String userInfo = authority.userInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            String name = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (!name.isEmpty()) {
                user = Optional.of(name);
            }
            if (colon >= 0) {
                password = Optional.of(decode(userInfo.substring(colon + 1)));
            }
        }
        return new DatabaseSetting.Postgres("jdbc:postgresql://" + authority.rest(), user, password);
    }

    /** The URI as it may be shown: a password in it replaced by {@code ***}. */
    static String withoutPassword(String uri) {
        int scheme = uri.indexOf("://");
        if (scheme < 0) {
            return uri;
        }
        Authority authority = Authority.of(uri.substring(scheme + 3));
        String userInfo = authority.userInfo();
        if (userInfo == null || userInfo.indexOf(':') < 0) {
            return uri;
        }
        return uri.substring(0, scheme + 3) + userInfo.substring(0, userInfo.indexOf(':')) + ":***@" + authority.rest();
    }

    /**
     * What follows a URI's "://", split at the last {@code @} before the path or the query: the user
     * information (null when there is none) and the hosts, path and query after it.
     */
    private record Authority(String userInfo, String rest) {
        static Authority of(String afterScheme) {
            int at = afterScheme.lastIndexOf('@', firstOf(afterScheme, "/?") - 1);
            return at < 0
                    ? new Authority(null, afterScheme)
                    : new Authority(afterScheme.substring(0, at), afterScheme.substring(at + 1));
        }
    }

    private static int firstOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * Percent-decoding as URIs do it: {@code %40} is {@code @}, and a {@code +} stays a plus (a
     * password may hold one), where {@code URLDecoder} would make it a space.
     */
    private static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%'
                    && i + 2 < text.length()
                    && hex(text.charAt(i + 1)) >= 0
                    && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 3;
            } else {
                // the characters up to the next escape, encoded together: a character outside the
                // basic plane is two chars, which one at a time would each encode as '?'
                int next = text.indexOf('%', i + 1);
                next = next < 0 ? text.length() : next;
                bytes.writeBytes(text.substring(i, next).getBytes(StandardCharsets.UTF_8));
                i = next;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
