package org.runmuscle.ingest;

import static org.runmuscle.ingest.FitProfile.TIMESTAMP;

import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.core.training.RecordedSet;

/**
 * What the FIT messages runmuscle reads mean: each decoded data message's field values (in
 * {@link FitFields}) turned into a record row, a timer event, a session, the file's identity, its
 * sport or the user's weight, written into {@link FitContents}. {@link FitDecoder} does the framing.
 */
final class FitMessages {
    private final FitFields fields;
    private final FitContents contents;
    private int lastCompressedDistance = -1;
    private double accumulatedDistance;

    FitMessages(FitFields fields, FitContents contents) {
        this.fields = fields;
        this.contents = contents;
    }

    /**
     * Interprets the data message just read. {@code compressedTime} is its time from a compressed
     * timestamp header, or negative; a message with its own timestamp sets the time later
     * timestamp-less records take.
     */
    void dispatch(int globalMessage, long compressedTime) {
        if (compressedTime >= 0) {
            fields.set(TIMESTAMP, compressedTime);
        } else if (fields.has(TIMESTAMP)) {
            fields.lastTimestamp(fields.get(TIMESTAMP));
        }
        switch (globalMessage) {
            case FitProfile.RECORD -> record();
            case FitProfile.EVENT -> event();
            case FitProfile.SESSION -> session();
            case FitProfile.LENGTH -> length();
            case FitProfile.SET -> set();
            case FitProfile.FILE_ID -> fileId();
            case FitProfile.SPORT ->
                contents.sportMessageSport = fields.has(0) ? (int) fields.get(0) : contents.sportMessageSport;
            case FitProfile.USER_PROFILE -> {
                if (fields.has(FitProfile.UP_WEIGHT)) {
                    contents.weightKg = fields.get(FitProfile.UP_WEIGHT) / 10.0;
                }
            }
            default -> {
                // other messages matter only for their timestamp
            }
        }
    }

    private double unixTime(long fitTime) {
        if (fitTime < FitProfile.MIN_ABSOLUTE_TIME) {
            contents.relativeTimes = true;
        }
        return fitTime + FitProfile.FIT_EPOCH_UNIX_SECONDS;
    }

    private void record() {
        if (!fields.has(TIMESTAMP)) {
            if (fields.lastTimestamp() < 0) {
                return;
            }
            fields.set(TIMESTAMP, fields.lastTimestamp());
        }
        Samples.Builder row = contents.records.newRow();
        row.set(Channel.TIME, unixTime(fields.get(TIMESTAMP)));
        if (fields.has(FitProfile.REC_LAT) && fields.has(FitProfile.REC_LONG)) {
            row.set(Channel.LATITUDE, fields.get(FitProfile.REC_LAT) * FitProfile.SEMICIRCLES_TO_DEGREES);
            row.set(Channel.LONGITUDE, fields.get(FitProfile.REC_LONG) * FitProfile.SEMICIRCLES_TO_DEGREES);
        }
        if (fields.has(FitProfile.REC_ENHANCED_ALTITUDE)) {
            row.set(Channel.ALTITUDE, fields.get(FitProfile.REC_ENHANCED_ALTITUDE) / 5.0 - 500);
        } else if (fields.has(FitProfile.REC_ALTITUDE)) {
            row.set(Channel.ALTITUDE, fields.get(FitProfile.REC_ALTITUDE) / 5.0 - 500);
        }
        if (fields.has(FitProfile.REC_HEART_RATE)) {
            row.set(Channel.HEART_RATE, fields.get(FitProfile.REC_HEART_RATE));
        }
        if (fields.has(FitProfile.REC_CADENCE)) {
            double fraction = fields.has(FitProfile.REC_FRACTIONAL_CADENCE)
                    ? fields.get(FitProfile.REC_FRACTIONAL_CADENCE) / 128.0
                    : 0;
            row.set(Channel.CADENCE, fields.get(FitProfile.REC_CADENCE) + fraction);
        }
        if (fields.has(FitProfile.REC_DISTANCE)) {
            row.set(Channel.DISTANCE, fields.get(FitProfile.REC_DISTANCE) / 100.0);
        }
        if (fields.has(FitProfile.REC_ENHANCED_SPEED)) {
            row.set(Channel.SPEED, fields.get(FitProfile.REC_ENHANCED_SPEED) / 1000.0);
        } else if (fields.has(FitProfile.REC_SPEED)) {
            row.set(Channel.SPEED, fields.get(FitProfile.REC_SPEED) / 1000.0);
        }
        if (fields.has(FitProfile.REC_POWER)) {
            row.set(Channel.POWER, fields.get(FitProfile.REC_POWER));
        }
        // running dynamics, scaled as the FIT profile gives them: mm x10, ms x10, percent x100, mm x10
        if (fields.has(FitProfile.REC_VERTICAL_OSCILLATION)) {
            row.set(Channel.VERTICAL_OSCILLATION, fields.get(FitProfile.REC_VERTICAL_OSCILLATION) / 10.0);
        }
        if (fields.has(FitProfile.REC_STANCE_TIME)) {
            row.set(Channel.GROUND_CONTACT, fields.get(FitProfile.REC_STANCE_TIME) / 10.0);
        }
        if (fields.has(FitProfile.REC_STANCE_TIME_BALANCE)) {
            row.set(Channel.CONTACT_BALANCE_LEFT, fields.get(FitProfile.REC_STANCE_TIME_BALANCE) / 100.0);
        }
        if (fields.has(FitProfile.REC_STEP_LENGTH)) {
            row.set(Channel.STEP_LENGTH, fields.get(FitProfile.REC_STEP_LENGTH) / 10_000.0);
        }
        if (fields.has(FitProfile.REC_COMPRESSED_SPEED_DISTANCE)) {
            compressedSpeedDistance(row, fields.get(FitProfile.REC_COMPRESSED_SPEED_DISTANCE));
        }
    }

    /**
     * Old devices pack speed (12 bits, 1/100 m/s) and distance (12 bits, 1/16 m, rolling over
     * every 256 m) into three bytes; distance accumulates across records.
     */
    private void compressedSpeedDistance(Samples.Builder row, long packed) {
        if (!(row.current(Channel.SPEED) >= 0)) {
            row.set(Channel.SPEED, (packed & 0xFFF) / 100.0);
        }
        int distance = (int) ((packed >> 12) & 0xFFF);
        if (lastCompressedDistance < 0) {
            accumulatedDistance = distance / 16.0;
        } else {
            accumulatedDistance += ((distance - lastCompressedDistance) & 0xFFF) / 16.0;
        }
        lastCompressedDistance = distance;
        if (Double.isNaN(row.current(Channel.DISTANCE))) {
            row.set(Channel.DISTANCE, accumulatedDistance);
        }
    }

    private void event() {
        if (!fields.has(TIMESTAMP)
                || !fields.has(FitProfile.EVT_EVENT)
                || fields.get(FitProfile.EVT_EVENT) != FitProfile.EVENT_TIMER
                || !fields.has(FitProfile.EVT_TYPE)) {
            return;
        }
        int type = (int) fields.get(FitProfile.EVT_TYPE);
        double time = unixTime(fields.get(TIMESTAMP));
        if (type == FitProfile.EVENT_TYPE_START) {
            contents.timerEvents.add(new FitContents.TimerEvent(time, true));
        } else if (type == FitProfile.EVENT_TYPE_STOP
                || type == FitProfile.EVENT_TYPE_STOP_ALL
                || type == FitProfile.EVENT_TYPE_STOP_DISABLE
                || type == FitProfile.EVENT_TYPE_STOP_DISABLE_ALL) {
            contents.timerEvents.add(new FitContents.TimerEvent(time, false));
        }
    }

    private void session() {
        double elapsed = scaled(FitProfile.SES_ELAPSED, 1000);
        double start =
                fields.has(FitProfile.SES_START_TIME) ? unixTime(fields.get(FitProfile.SES_START_TIME)) : Double.NaN;
        double end = fields.has(TIMESTAMP) ? unixTime(fields.get(TIMESTAMP)) : start + elapsed;
        if (Double.isNaN(start)) {
            start = end - elapsed;
        }
        double cadence = scaled(FitProfile.SES_AVG_CADENCE, 1);
        if (fields.has(FitProfile.SES_AVG_FRACTIONAL_CADENCE)) {
            cadence += fields.get(FitProfile.SES_AVG_FRACTIONAL_CADENCE) / 128.0;
        }
        contents.sessions.add(new FitContents.Session(
                start,
                end,
                fields.has(FitProfile.SES_SPORT) ? (int) fields.get(FitProfile.SES_SPORT) : -1,
                elapsed,
                scaled(FitProfile.SES_TIMER, 1000),
                scaled(FitProfile.SES_DISTANCE, 100),
                scaled(FitProfile.SES_AVG_HR, 1),
                scaled(FitProfile.SES_MAX_HR, 1),
                cadence,
                scaled(FitProfile.SES_ASCENT, 1),
                scaled(FitProfile.SES_DESCENT, 1),
                scaled(FitProfile.SES_POOL_LENGTH, 100),
                fields.has(FitProfile.SES_SUB_SPORT) ? (int) fields.get(FitProfile.SES_SUB_SPORT) : -1));
    }

    /** A strength set: rest sets are left out; the weight is stored in 1/16 kg, the duration in ms. */
    private void set() {
        if (fields.has(FitProfile.SET_TYPE) && fields.get(FitProfile.SET_TYPE) != FitProfile.SET_TYPE_ACTIVE) {
            return;
        }
        double start = fields.has(FitProfile.SET_START_TIME)
                ? unixTime(fields.get(FitProfile.SET_START_TIME))
                : fields.has(FitProfile.SET_TIMESTAMP) ? unixTime(fields.get(FitProfile.SET_TIMESTAMP)) : Double.NaN;
        contents.sets.add(new RecordedSet(
                start,
                scaled(FitProfile.SET_DURATION, 1000),
                fields.has(FitProfile.SET_REPETITIONS) ? (int) fields.get(FitProfile.SET_REPETITIONS) : -1,
                scaled(FitProfile.SET_WEIGHT, 16),
                fields.has(FitProfile.SET_CATEGORY) ? (int) fields.get(FitProfile.SET_CATEGORY) : -1,
                fields.has(FitProfile.SET_CATEGORY_SUBTYPE) ? (int) fields.get(FitProfile.SET_CATEGORY_SUBTYPE) : -1));
    }

    private void length() {
        if (!fields.has(FitProfile.LEN_START_TIME) || !fields.has(FitProfile.LEN_ELAPSED)) {
            return;
        }
        double start = unixTime(fields.get(FitProfile.LEN_START_TIME));
        double end = start + fields.get(FitProfile.LEN_ELAPSED) / 1000.0;
        boolean active =
                !fields.has(FitProfile.LEN_TYPE) || fields.get(FitProfile.LEN_TYPE) == FitProfile.LENGTH_ACTIVE;
        contents.lengths.add(new FitContents.Length(start, end, active));
    }

    private double scaled(int field, double scale) {
        return fields.has(field) ? fields.get(field) / scale : Double.NaN;
    }

    private void fileId() {
        if (fields.has(FitProfile.FID_TYPE) && contents.fileType < 0) {
            contents.fileType = (int) fields.get(FitProfile.FID_TYPE);
        }
        if (fields.has(FitProfile.FID_MANUFACTURER) && contents.manufacturer < 0) {
            contents.manufacturer = (int) fields.get(FitProfile.FID_MANUFACTURER);
        }
        if (fields.has(FitProfile.FID_PRODUCT) && contents.product < 0) {
            contents.product = (int) fields.get(FitProfile.FID_PRODUCT);
        }
    }
}
