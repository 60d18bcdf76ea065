package org.runmuscle.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PostgreSQL's connection URIs ({@code postgresql://user:password@host:5432/db?sslmode=require},
 * also {@code postgres://}), as libpq and hosting services write them, turned into the JDBC URL
 * the driver takes. The driver reads no user or password from a URL's authority, so they are taken
 * out of it; they win over {@code RUNMUSCLE_DB_USER} and {@code RUNMUSCLE_DB_PASSWORD}. Hosts,
 * ports (several, comma-separated), the database and the parameters pass as written: the JDBC
 * driver reads the same forms.
 */
final class PostgresUris {
    /** A URL's scheme and its "://", which no file path of a runner's begins with. */
    private static final Pattern URL_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

    private PostgresUris() {}

    /** Whether {@code value} is a URL of any kind rather than a file path. */
    static boolean isUrl(String value) {
        return URL_SCHEME.matcher(value).lookingAt();
    }

    static DatabaseSetting.Postgres toSetting(String uri, Map<String, String> environment) {
        String rest = uri.substring(uri.indexOf("://") + 3);
        int pathStart = firstOf(rest, "/?");
        int at = rest.lastIndexOf('@', pathStart - 1);
        Optional<String> user = Optional.ofNullable(environment.get("RUNMUSCLE_DB_USER"));
        Optional<String> password = Optional.ofNullable(environment.get("RUNMUSCLE_DB_PASSWORD"));
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = userInfo.indexOf(':');
            String name = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (!name.isEmpty()) {
                user = Optional.of(name);
            }
            if (colon >= 0) {
                password = Optional.of(decode(userInfo.substring(colon + 1)));
            }
        }
        return new DatabaseSetting.Postgres("jdbc:postgresql://" + rest, user, password);
    }

    /** The URI as it may be shown: a password in it replaced by {@code ***}. */
    static String withoutPassword(String uri) {
        int scheme = uri.indexOf("://");
        if (scheme < 0) {
            return uri;
        }
        String rest = uri.substring(scheme + 3);
        int at = rest.lastIndexOf('@', firstOf(rest, "/?") - 1);
        int colon = rest.indexOf(':');
        if (at < 0 || colon < 0 || colon > at) {
            return uri;
        }
        return uri.substring(0, scheme + 3) + rest.substring(0, colon) + ":***" + rest.substring(at);
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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
