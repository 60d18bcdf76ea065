package org.runmuscle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Accounts, sessions, tokens and coaches' access, on SQLite and on PostgreSQL. */
class AccountsTest {
    @ParameterizedTest
    @MethodSource("org.runmuscle.store.TestDatabases#both")
    void sessionsExpireTokensRevokeAndGrantsFollowTheAthlete(TestDatabases.Kind kind) {
        Database database = TestDatabases.open(kind);
        Accounts accounts = new Accounts(database);
        Athletes athletes = new Athletes(database);
        Athlete anna = athletes.add("Anna");
        assertThat(accounts.count()).isZero();
        Account admin = accounts.add("root", "$argon2id$x", "admin", 0);
        Account annas = accounts.add("anna", "$argon2id$y", "athlete", anna.id());
        Account coach = accounts.add("Coach Carla", "$argon2id$z", "coach", 0);
        assertThat(accounts.admins()).isEqualTo(1);
        assertThat(accounts.count()).isEqualTo(3);
        assertThatThrownBy(() -> accounts.add("ROOT", "h", "coach", 0)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> accounts.add("anna2", "h", "athlete", anna.id()))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> accounts.add("x", "h", "king", 0)).isInstanceOf(StoreException.class);
        assertThat(accounts.credential("Anna").orElseThrow().account()).isEqualTo(annas);

        long t0 = 1_000_000_000L;
        accounts.newSession("s1", annas.id(), t0);
        assertThat(accounts.session("s1", t0 + 1000, 30_000, 3_600_000)).contains(annas);
        assertThat(accounts.session("s1", t0 + 20_000, 30_000, 3_600_000)).contains(annas);
        // idle longer than allowed since it was last seen (it is touched at most once a minute)
        assertThat(accounts.session("s1", t0 + 100_000, 30_000, 3_600_000)).isEmpty();
        accounts.newSession("s2", annas.id(), t0);
        assertThat(accounts.session("s2", t0 + 3_700_000, 10_000_000, 3_600_000))
                .isEmpty();
        assertThat(accounts.session("nope", t0, 30_000, 3_600_000)).isEmpty();
        accounts.newSession("s3", annas.id(), t0);
        assertThat(accounts.setPassword(annas.id(), "$argon2id$new")).isTrue();
        assertThat(accounts.session("s3", t0 + 1, 30_000, 3_600_000)).isEmpty();

        long token = accounts.newToken(annas.id(), "script", "tok", t0);
        assertThat(accounts.token("tok", t0)).contains(annas);
        assertThat(accounts.tokens(annas.id())).extracting(ApiToken::label).containsExactly("script");
        assertThat(accounts.revokeToken(coach.id(), token)).isFalse();
        assertThat(accounts.revokeToken(annas.id(), token)).isTrue();
        assertThat(accounts.token("tok", t0)).isEmpty();

        accounts.grant(anna.id(), coach.id());
        accounts.grant(anna.id(), coach.id());
        assertThat(accounts.coached(coach.id())).containsExactly(anna.id());
        assertThat(accounts.coaches(anna.id())).containsExactly(coach);
        assertThat(accounts.revoke(anna.id(), coach.id())).isTrue();
        assertThat(accounts.coached(coach.id())).isEmpty();
        accounts.grant(anna.id(), coach.id());
        // removing the athlete ends the grant and unlinks the account
        athletes.remove(anna.id());
        assertThat(accounts.coached(coach.id())).isEmpty();
        assertThat(accounts.byId(annas.id()).orElseThrow().athleteId()).isZero();
        assertThat(accounts.remove(admin.id())).isTrue();
        assertThat(accounts.admins()).isZero();
        database.close();
    }
}
