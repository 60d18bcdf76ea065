package org.runmuscle.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a nullable number as NaN, the convention of the domain values. */
final class Columns {
    private Columns() {}

    static double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    static Double orNull(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}

final class StoredActivityMapper implements RowMapper<StoredActivity> {
    @Override
    public StoredActivity map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredActivity(
                rs.getLong("id"),
                rs.getString("content_hash"),
                rs.getInt("session_index"),
                rs.getString("sport"),
                Instant.ofEpochMilli(rs.getLong("start_time")),
                rs.getDouble("elapsed_s"),
                rs.getDouble("moving_s"),
                Columns.number(rs, "distance_m"),
                Columns.number(rs, "avg_hr"),
                Columns.number(rs, "max_hr"),
                Columns.number(rs, "avg_cadence"),
                Columns.number(rs, "ascent_m"),
                Columns.number(rs, "descent_m"),
                rs.getString("device"),
                rs.getDouble("mass_kg"),
                rs.getInt("model_version"),
                rs.getString("name"),
                rs.getString("gear"));
    }
}

final class MuscleLoadMapper implements RowMapper<MuscleLoad> {
    @Override
    public MuscleLoad map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new MuscleLoad(
                rs.getString("muscle"),
                rs.getDouble("load_bw_s"),
                rs.getDouble("concentric_bw_s"),
                rs.getDouble("eccentric_bw_s"),
                rs.getDouble("isometric_bw_s"),
                rs.getDouble("damaging_bw_s"));
    }
}

/**
 * By column position (day, muscle, load, eccentric, damaging), as both daily-load queries select
 * them: a year's history is tens of thousands of rows, and looking each column up by name took a
 * fifth of the query's time.
 */
final class DailyLoadMapper implements RowMapper<DailyLoad> {
    @Override
    public DailyLoad map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new DailyLoad(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5));
    }
}

final class ContributionMapper implements RowMapper<Contribution> {
    @Override
    public Contribution map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Contribution(
                rs.getLong("activity_id"),
                rs.getLong("day"),
                rs.getString("muscle"),
                rs.getDouble("load_bw_s"),
                rs.getDouble("eccentric_bw_s"));
    }
}

final class AthleteMapper implements RowMapper<Athlete> {
    @Override
    public Athlete map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Athlete(
                rs.getLong("id"),
                rs.getString("name"),
                Columns.number(rs, "mass_kg"),
                rs.getString("level"),
                rs.getString("equipment"),
                Columns.number(rs, "hr_max"),
                Columns.number(rs, "hr_rest"),
                rs.getString("time_zone"),
                rs.getString("units"));
    }
}

final class AccountMapper implements RowMapper<Account> {
    @Override
    public Account map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("role"),
                rs.getLong("athlete_id"),
                rs.getLong("created_at"));
    }
}

final class CredentialMapper implements RowMapper<Credential> {
    @Override
    public Credential map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Credential(new AccountMapper().map(rs, ctx), rs.getString("password_hash"));
    }
}

final class ApiTokenMapper implements RowMapper<ApiToken> {
    @Override
    public ApiToken map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("label"), rs.getLong("created_at"), rs.getLong("last_used"));
    }
}

final class FileRecordMapper implements RowMapper<FileRecord> {
    @Override
    public FileRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new FileRecord(
                rs.getString("content_hash"),
                rs.getString("file_name"),
                rs.getString("format"),
                rs.getLong("imported_at"),
                rs.getBoolean("original"));
    }
}

final class StrengthSessionMapper implements RowMapper<StrengthSession> {
    @Override
    public StrengthSession map(ResultSet rs, StatementContext ctx) throws SQLException {
        long start = rs.getLong("start_time");
        Optional<Instant> started = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(start));
        long planned = rs.getLong("planned_day");
        OptionalLong plannedDay = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(planned);
        return new StrengthSession(
                rs.getLong("id"),
                rs.getLong("day"),
                started,
                rs.getDouble("minutes"),
                Columns.number(rs, "rpe"),
                rs.getString("source"),
                plannedDay,
                rs.getString("content_hash"),
                rs.getString("note"),
                rs.getDouble("mass_kg"),
                rs.getInt("model_version"),
                List.of());
    }
}

final class StrengthSetRowMapper implements RowMapper<StrengthDao.StrengthSetRow> {
    @Override
    public StrengthDao.StrengthSetRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StrengthDao.StrengthSetRow(
                rs.getLong("session_id"),
                new StrengthSet(
                        rs.getString("exercise"),
                        rs.getInt("reps"),
                        rs.getDouble("seconds"),
                        rs.getDouble("load_kg"),
                        Columns.number(rs, "rir"),
                        Columns.number(rs, "rpe")));
    }
}
