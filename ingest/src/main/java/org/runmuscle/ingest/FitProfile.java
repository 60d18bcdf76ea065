package org.runmuscle.ingest;

import java.util.Map;

/**
 * The few parts of the FIT profile runmuscle reads: message and field numbers, base types,
 * enumerations. Numbers are from the published FIT protocol and profile.
 */
final class FitProfile {
    /** Seconds from 1970-01-01 to the FIT epoch, 1989-12-31T00:00:00Z. */
    static final long FIT_EPOCH_UNIX_SECONDS = 631_065_600L;
    /** FIT date_time values below this are seconds since the device powered on, not since the epoch. */
    static final long MIN_ABSOLUTE_TIME = 0x10000000L;

    static final double SEMICIRCLES_TO_DEGREES = 180.0 / 2147483648.0;

    static final int FILE_ID = 0;
    static final int USER_PROFILE = 3;
    static final int SPORT = 12;
    static final int SESSION = 18;
    static final int LAP = 19;
    static final int RECORD = 20;
    static final int EVENT = 21;
    static final int LENGTH = 101;
    static final int HR = 132;
    static final int SET = 225;

    static final int TIMESTAMP = 253;

    // record fields
    static final int REC_LAT = 0;
    static final int REC_LONG = 1;
    static final int REC_ALTITUDE = 2;
    static final int REC_HEART_RATE = 3;
    static final int REC_CADENCE = 4;
    static final int REC_DISTANCE = 5;
    static final int REC_SPEED = 6;
    static final int REC_POWER = 7;
    static final int REC_COMPRESSED_SPEED_DISTANCE = 8;
    static final int REC_FRACTIONAL_CADENCE = 53;
    static final int REC_VERTICAL_OSCILLATION = 39;
    static final int REC_STANCE_TIME = 41;
    static final int REC_STANCE_TIME_BALANCE = 84;
    static final int REC_STEP_LENGTH = 85;
    static final int REC_ENHANCED_SPEED = 73;
    static final int REC_ENHANCED_ALTITUDE = 78;

    // session fields
    static final int SES_START_TIME = 2;
    static final int SES_SPORT = 5;
    static final int SES_ELAPSED = 7;
    static final int SES_TIMER = 8;
    static final int SES_DISTANCE = 9;
    static final int SES_AVG_HR = 16;
    static final int SES_MAX_HR = 17;
    static final int SES_AVG_CADENCE = 18;
    static final int SES_ASCENT = 22;
    static final int SES_DESCENT = 23;
    static final int SES_AVG_FRACTIONAL_CADENCE = 92;
    static final int SES_POOL_LENGTH = 44;
    static final int SES_SUB_SPORT = 6;

    // set fields (strength training: one message per set or rest)
    static final int SET_DURATION = 0;
    static final int SET_REPETITIONS = 3;
    static final int SET_WEIGHT = 4;
    static final int SET_TYPE = 5;
    static final int SET_START_TIME = 6;
    static final int SET_CATEGORY = 7;
    static final int SET_CATEGORY_SUBTYPE = 8;
    /** The set message's own timestamp field is 254, not the usual 253. */
    static final int SET_TIMESTAMP = 254;

    static final int SET_TYPE_ACTIVE = 1;
    static final int SPORT_TRAINING = 10;
    static final int SUB_SPORT_STRENGTH_TRAINING = 20;

    // length fields (pool swims: one message per length swum, or rested)
    static final int LEN_START_TIME = 2;
    static final int LEN_ELAPSED = 3;
    static final int LEN_TYPE = 12;
    static final int LENGTH_ACTIVE = 1;

    // event fields and values
    static final int EVT_EVENT = 0;
    static final int EVT_TYPE = 1;
    static final int EVENT_TIMER = 0;
    static final int EVENT_TYPE_START = 0;
    static final int EVENT_TYPE_STOP = 1;
    static final int EVENT_TYPE_STOP_ALL = 4;
    static final int EVENT_TYPE_STOP_DISABLE = 8;
    static final int EVENT_TYPE_STOP_DISABLE_ALL = 9;

    // file_id fields
    static final int FID_TYPE = 0;
    static final int FID_MANUFACTURER = 1;
    static final int FID_PRODUCT = 2;
    static final int FILE_TYPE_ACTIVITY = 4;

    static final int UP_WEIGHT = 4;

    static final Map<Integer, String> FILE_TYPES = Map.ofEntries(
            Map.entry(1, "device"),
            Map.entry(2, "settings"),
            Map.entry(3, "sport settings"),
            Map.entry(4, "activity"),
            Map.entry(5, "workout"),
            Map.entry(6, "course"),
            Map.entry(7, "schedules"),
            Map.entry(9, "weight"),
            Map.entry(10, "totals"),
            Map.entry(11, "goals"),
            Map.entry(14, "blood pressure"),
            Map.entry(15, "monitoring"),
            Map.entry(20, "activity summary"),
            Map.entry(28, "daily monitoring"),
            Map.entry(32, "monitoring"),
            Map.entry(34, "segment"),
            Map.entry(35, "segment list"),
            // Not in the published profile: Garmin writes its sleep files as type 49
            // (shared/data/activities-more: eikek-fit4s S3F00000.FIT).
            Map.entry(49, "sleep"));

    static final Map<Integer, String> MANUFACTURERS = Map.ofEntries(
            Map.entry(1, "Garmin"),
            Map.entry(15, "Dynastream"),
            Map.entry(23, "Suunto"),
            Map.entry(32, "Wahoo"),
            Map.entry(89, "Tacx"),
            Map.entry(95, "Stryd"),
            Map.entry(123, "Polar"),
            Map.entry(255, "development"),
            Map.entry(260, "Zwift"),
            Map.entry(265, "Strava"),
            Map.entry(294, "Coros"));

    private static final boolean[][] WANTED = new boolean[256][];

    static {
        want(FILE_ID, FID_TYPE, FID_MANUFACTURER, FID_PRODUCT);
        want(USER_PROFILE, UP_WEIGHT);
        want(SPORT, 0);
        want(
                SESSION,
                SES_START_TIME,
                SES_SPORT,
                SES_ELAPSED,
                SES_TIMER,
                SES_DISTANCE,
                SES_AVG_HR,
                SES_MAX_HR,
                SES_AVG_CADENCE,
                SES_ASCENT,
                SES_DESCENT,
                SES_AVG_FRACTIONAL_CADENCE,
                SES_POOL_LENGTH,
                SES_SUB_SPORT);
        want(
                SET,
                SET_DURATION,
                SET_REPETITIONS,
                SET_WEIGHT,
                SET_TYPE,
                SET_START_TIME,
                SET_CATEGORY,
                SET_CATEGORY_SUBTYPE,
                SET_TIMESTAMP);
        want(LENGTH, LEN_START_TIME, LEN_ELAPSED, LEN_TYPE);
        want(LAP);
        want(
                RECORD,
                REC_LAT,
                REC_LONG,
                REC_ALTITUDE,
                REC_HEART_RATE,
                REC_CADENCE,
                REC_DISTANCE,
                REC_SPEED,
                REC_POWER,
                REC_COMPRESSED_SPEED_DISTANCE,
                REC_FRACTIONAL_CADENCE,
                REC_ENHANCED_SPEED,
                REC_ENHANCED_ALTITUDE,
                REC_VERTICAL_OSCILLATION,
                REC_STANCE_TIME,
                REC_STANCE_TIME_BALANCE,
                REC_STEP_LENGTH);
        want(EVENT, EVT_EVENT, EVT_TYPE);
    }

    private FitProfile() {}

    private static void want(int message, int... fields) {
        boolean[] wanted = new boolean[256];
        wanted[TIMESTAMP] = true;
        for (int field : fields) {
            wanted[field] = true;
        }
        WANTED[message] = wanted;
    }

    /** Whether a field is decoded; every message's timestamp is, to anchor compressed timestamps. */
    static boolean wanted(int message, int field) {
        if (field == TIMESTAMP) {
            return true;
        }
        return message < 256 && WANTED[message] != null && WANTED[message][field];
    }

    /** Size in bytes of one value of a base type (the low five bits of the base type byte); 0 if unknown. */
    static int baseTypeSize(int baseType) {
        switch (baseType & 0x1F) {
            case 0x00:
            case 0x01:
            case 0x02:
            case 0x07:
            case 0x0A:
            case 0x0D:
                return 1;
            case 0x03:
            case 0x04:
            case 0x0B:
                return 2;
            case 0x05:
            case 0x06:
            case 0x08:
            case 0x0C:
                return 4;
            case 0x09:
            case 0x0E:
            case 0x0F:
            case 0x10:
                return 8;
            default:
                return 0;
        }
    }

    static boolean isSigned(int baseType) {
        int type = baseType & 0x1F;
        return type == 0x01 || type == 0x03 || type == 0x05 || type == 0x0E;
    }

    /** The "no value" sentinel of an integer base type, as an unsigned raw value. */
    static long invalid(int baseType) {
        switch (baseType & 0x1F) {
            case 0x0A:
            case 0x0B:
            case 0x0C:
            case 0x10:
                return 0;
            case 0x01:
                return 0x7F;
            case 0x03:
                return 0x7FFF;
            case 0x05:
                return 0x7FFFFFFFL;
            case 0x0E:
                return 0x7FFFFFFFFFFFFFFFL;
            default:
                return -1;
        }
    }
}
