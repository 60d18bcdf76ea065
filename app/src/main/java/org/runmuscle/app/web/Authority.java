package org.runmuscle.app.web;

import io.javalin.http.Context;
import java.util.List;

/** Who a request comes from, and which athletes they may see and change. */
public interface Authority {
    /** The caller of a request, from its session cookie or bearer token; never null. */
    Caller identify(Context ctx);

    /** The athletes the caller sees (their own, their coached ones, or all for the local user), by id. */
    List<Long> visible(Caller caller);

    /** Whether the caller may change this athlete's history (not only see it). */
    boolean changes(Caller caller, long athleteId);

    /** Whether the server asks for a login at all; false on a loopback server without accounts. */
    boolean accounts();
}
