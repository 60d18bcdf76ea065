package org.runmuscle.app.web;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.runmuscle.core.text.Quoted;

/**
 * What every server does for the browsers that reach it, loopback included: it answers only to
 * the host names it serves (a page on another site that re-points its own name at this address,
 * DNS rebinding, is refused), refuses a state change sent by another site's page (its Origin, or
 * the browser's Sec-Fetch-Site, says so), and sends headers that forbid inline script, framing,
 * content sniffing and leaking addresses in the Referer. Programs without an Origin (curl,
 * scripts) are not browsers and pass.
 */
final class BrowserGuard {
    /**
     * No script but the server's own files, no inline script or style attribute, no framing by any
     * page. Images may be data: URIs (the page's empty icon).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final Pattern IP_LITERAL = Pattern.compile("^(\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-fA-F:.]+])$");
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final boolean anyAddress;
    private final Set<String> hosts;

    /**
     * {@code boundHost}: the address listened on; {@code extraHosts}: further names the server is
     * reached by (a reverse proxy's, a LAN name). Listening on every interface, any IP literal is
     * accepted too, since the server cannot know its own addresses; names must still be given.
     */
    BrowserGuard(String boundHost, Set<String> extraHosts) {
        String bound = boundHost.toLowerCase(Locale.ROOT);
        this.anyAddress = bound.equals("0.0.0.0") || bound.equals("::") || bound.equals("[::]");
        Set<String> names = new HashSet<>(LOOPBACK);
        names.add(bound.contains(":") && !bound.startsWith("[") ? "[" + bound + "]" : bound);
        extraHosts.forEach(h -> names.add(h.toLowerCase(Locale.ROOT)));
        this.hosts = Set.copyOf(names);
    }

    /** Refuses a request for another host, or a state change from another site. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host != null && !allowed(hostName(host))) {
            throw new ApiProblem(
                    421,
                    "Misdirected Request",
                    "this server does not answer to the host " + Quoted.of(hostName(host))
                            + " (serve --allowed-host adds a name it is reached by)");
        }
        if (!STATE_CHANGING.contains(ctx.method().name())) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null) {
            if (host == null || !sameOrigin(origin, host)) {
                throw new ApiProblem(403, "Forbidden", "a page from " + origin + " may not change this server's data");
            }
        } else if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
            throw new ApiProblem(403, "Forbidden", "a page from another site may not change this server's data");
        }
    }

    /** The headers every answer carries. */
    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }

    private boolean allowed(String name) {
        return hosts.contains(name) || anyAddress && IP_LITERAL.matcher(name).matches();
    }

    /** "Example.org:7070" → "example.org"; "[::1]:7070" → "[::1]". */
    static String hostName(String hostHeader) {
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(0, end + 1) : host;
        }
        int colon = host.lastIndexOf(':');
        return colon >= 0 ? host.substring(0, colon) : host;
    }

    /** Whether the Origin's host and port are the ones the request was sent to. */
    static boolean sameOrigin(String origin, String hostHeader) {
        try {
            URI uri = new URI(origin);
            if (uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                return false;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equals("https") ? 443 : 80;
            String host = hostHeader.strip().toLowerCase(Locale.ROOT);
            String expected = uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
            String given = host.matches(".*:\\d+$") ? host : host + ":" + port;
            return given.equals(expected);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
