package org.runmuscle.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of accounts, login sessions, API tokens and coaches' access. */
interface AccountDao {
    String COLUMNS = "a.id, a.name, a.role, a.athlete_id, a.created_at";

    @SqlQuery("SELECT " + COLUMNS + " FROM account a ORDER BY lower(a.name)")
    List<Account> all();

    @SqlQuery("SELECT " + COLUMNS + " FROM account a WHERE a.id = :id")
    List<Account> byId(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + ", a.password_hash FROM account a " + "WHERE lower(a.name) = lower(:name)")
    List<Credential> credential(@Bind("name") String name);

    @SqlUpdate("INSERT INTO account (name, password_hash, role, athlete_id, created_at) "
            + "VALUES (:name, :hash, :role, :athlete, :at)")
    @GetGeneratedKeys("id")
    long insert(
            @Bind("name") String name,
            @Bind("hash") String hash,
            @Bind("role") String role,
            @Bind("athlete") Long athlete,
            @Bind("at") long at);

    @SqlUpdate("UPDATE account SET password_hash = :hash WHERE id = :id")
    int setPassword(@Bind("id") long id, @Bind("hash") String hash);

    @SqlUpdate("DELETE FROM account WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlUpdate("INSERT INTO login_session (token_hash, account_id, created_at, last_seen) VALUES (:hash, :account, "
            + ":at, :at)")
    void insertSession(@Bind("hash") String hash, @Bind("account") long account, @Bind("at") long at);

    /** The session's account if it was seen since {@code idleSince} and made since {@code madeSince}. */
    @SqlQuery("SELECT " + COLUMNS + " FROM login_session s JOIN account a ON a.id = s.account_id "
            + "WHERE s.token_hash = :hash AND s.last_seen >= :idleSince AND s.created_at >= :madeSince")
    List<Account> session(
            @Bind("hash") String hash, @Bind("idleSince") long idleSince, @Bind("madeSince") long madeSince);

    @SqlUpdate("UPDATE login_session SET last_seen = :at WHERE token_hash = :hash AND last_seen < :at - 60000")
    void touchSession(@Bind("hash") String hash, @Bind("at") long at);

    @SqlUpdate("DELETE FROM login_session WHERE token_hash = :hash")
    int deleteSession(@Bind("hash") String hash);

    @SqlUpdate("DELETE FROM login_session WHERE account_id = :account")
    int deleteSessions(@Bind("account") long account);

    @SqlUpdate("DELETE FROM login_session WHERE last_seen < :idleSince OR created_at < :madeSince")
    int deleteStaleSessions(@Bind("idleSince") long idleSince, @Bind("madeSince") long madeSince);

    @SqlUpdate(
            "INSERT INTO api_token (account_id, label, token_hash, created_at) VALUES (:account, :label, :hash, :at)")
    @GetGeneratedKeys("id")
    long insertToken(
            @Bind("account") long account, @Bind("label") String label, @Bind("hash") String hash, @Bind("at") long at);

    @SqlQuery(
            "SELECT " + COLUMNS + " FROM api_token t JOIN account a ON a.id = t.account_id WHERE t.token_hash = :hash")
    List<Account> token(@Bind("hash") String hash);

    @SqlUpdate("UPDATE api_token SET last_used = :at WHERE token_hash = :hash")
    void touchToken(@Bind("hash") String hash, @Bind("at") long at);

    @SqlQuery("SELECT id, label, created_at, last_used FROM api_token WHERE account_id = :account ORDER BY id")
    List<ApiToken> tokens(@Bind("account") long account);

    @SqlUpdate("DELETE FROM api_token WHERE id = :id AND account_id = :account")
    int deleteToken(@Bind("account") long account, @Bind("id") long id);

    @SqlUpdate("INSERT INTO coach_access (athlete_id, coach_id, granted_at) VALUES (:athlete, :coach, :at)")
    void grant(@Bind("athlete") long athlete, @Bind("coach") long coach, @Bind("at") long at);

    @SqlUpdate("DELETE FROM coach_access WHERE athlete_id = :athlete AND coach_id = :coach")
    int revoke(@Bind("athlete") long athlete, @Bind("coach") long coach);

    @SqlQuery("SELECT athlete_id FROM coach_access WHERE coach_id = :coach ORDER BY athlete_id")
    List<Long> coached(@Bind("coach") long coach);

    @SqlQuery("SELECT " + COLUMNS + " FROM coach_access c JOIN account a ON a.id = c.coach_id "
            + "WHERE c.athlete_id = :athlete ORDER BY lower(a.name)")
    List<Account> coaches(@Bind("athlete") long athlete);
}
