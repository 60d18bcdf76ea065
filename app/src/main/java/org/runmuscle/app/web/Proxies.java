package org.runmuscle.app.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;

/**
 * What a request says about its client and its scheme. Behind a reverse proxy the socket's peer is
 * the proxy: X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies named with
 * {@code serve --trusted-proxy}, since anyone else could send them to look like someone else or
 * to have a session cookie sent without Secure.
 */
public final class Proxies {
    private final Set<String> trusted;

    public Proxies(Set<String> trusted) {
        this.trusted = Set.copyOf(trusted);
    }

    private boolean fromTrusted(Context ctx) {
        return trusted.contains(ctx.req().getRemoteAddr());
    }

    /** The client's address: the socket's, or the last hop a trusted proxy added. */
    public String client(Context ctx) {
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank() && fromTrusted(ctx)) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return ctx.req().getRemoteAddr();
    }

    /** Whether the browser reached us over HTTPS: our own TLS, or a trusted proxy's. */
    public boolean https(Context ctx) {
        if (ctx.req().isSecure()) {
            return true;
        }
        String proto = ctx.header("X-Forwarded-Proto");
        return proto != null && proto.strip().toLowerCase(Locale.ROOT).equals("https") && fromTrusted(ctx);
    }
}
