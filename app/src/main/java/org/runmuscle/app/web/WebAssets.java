package org.runmuscle.app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.runmuscle.app.output.Resources;

/**
 * The web app's files under one address per content: the page's scripts, styles and the body map
 * are served under {@code /v/HASH/} as well as at their plain paths, HASH being taken from their
 * bytes, and the page itself links to that address. A browser then keeps them for good and asks
 * only for the page (never cached) when it opens the app again: before, each morning's first load
 * asked for 24 files again and waited about 110 ms for them (TodayBrowserIT's waterfall). Modules
 * import each other by relative paths, so each finds its neighbours under the same prefix.
 */
public final class WebAssets {
    /**
     * The address and the page as the build wrote them ({@link #main}): reading the 25 files from
     * the jar and summing them took 25-50 ms of serve's main thread before Javalin was made. The
     * prefix on the first line, the page after it.
     */
    private static final String BUILT = "assets.txt";

    /** Links to our own files in the page: stylesheets, scripts and module preloads. */
    private static final Pattern LINK = Pattern.compile("(href|src)=\"/((?:js|vendor)/[^\"]+|[\\w-]+\\.css)\"");

    /** Fetched by a module rather than linked by the page, so named here to count in the hash. */
    private static final String FETCHED = "bodymap.svg";

    private final String prefix;
    private final String page;

    private WebAssets(String prefix, String page) {
        this.prefix = prefix;
        this.page = page;
    }

    static WebAssets load() {
        return Resources.beside(WebAssets.class, BUILT)
                .map(built -> {
                    int line = built.indexOf('\n');
                    return new WebAssets(built.substring(0, line), built.substring(line + 1));
                })
                .orElseGet(WebAssets::summed);
    }

    /** Writes the address and the page into the class folder {@code args[0]} (the build calls it). */
    public static void main(String[] args) throws IOException {
        WebAssets assets = summed();
        Resources.writeBeside(args[0], WebAssets.class, BUILT, assets.prefix + "\n" + assets.page);
    }

    /** The address summed from the files in the class path now, and the page linking to it. */
    static WebAssets summed() {
        String index = Resources.text("/web/index.html");
        Set<String> files = new TreeSet<>();
        Matcher links = LINK.matcher(index);
        while (links.find()) {
            files.add(links.group(2));
        }
        files.add(FETCHED);
        // Two CRCs, not a cryptographic hash: the address only has to change when a file does, and
        // the JVM computes CRCs with its intrinsics from the first call, where SHA-256 ran in the
        // interpreter: 43-49 ms of serve's start for the 350 KB (measured in a fresh JVM).
        CRC32 crc32 = new CRC32();
        CRC32C crc32c = new CRC32C();
        for (String file : files) {
            byte[] name = file.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = Resources.bytes("/web/" + file);
            crc32.update(name);
            crc32.update(bytes);
            crc32c.update(name);
            crc32c.update(bytes);
        }
        HexFormat hex = HexFormat.of();
        String prefix = "/v/" + hex.toHexDigits((int) crc32.getValue()) + hex.toHexDigits((short) crc32c.getValue());
        return new WebAssets(prefix, LINK.matcher(index).replaceAll("$1=\"" + prefix + "/$2\""));
    }

    /** Where the files are served for good, such as {@code /v/3f2a9c01b7e4}. */
    String prefix() {
        return prefix;
    }

    /** The page, linking to the files under {@link #prefix()}. */
    String page() {
        return page;
    }
}
