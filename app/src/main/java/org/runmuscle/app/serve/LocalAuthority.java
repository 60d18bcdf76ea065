package org.runmuscle.app.serve;

import io.javalin.http.Context;
import java.util.List;
import org.runmuscle.app.web.Authority;
import org.runmuscle.app.web.Caller;
import org.runmuscle.store.Athlete;
import org.runmuscle.store.Athletes;

/**
 * A loopback server without accounts: whoever can reach 127.0.0.1 is the machine's user, who sees
 * and changes every athlete, as before accounts existed. The browser guard still refuses other
 * sites and rebound host names.
 */
final class LocalAuthority implements Authority {
    private final Athletes athletes;

    LocalAuthority(Athletes athletes) {
        this.athletes = athletes;
    }

    @Override
    public Caller identify(Context ctx) {
        return Caller.LOCAL;
    }

    @Override
    public List<Long> visible(Caller caller) {
        return athletes.list().stream().map(Athlete::id).toList();
    }

    @Override
    public boolean changes(Caller caller, long athleteId) {
        return true;
    }

    @Override
    public boolean accounts() {
        return false;
    }
}
