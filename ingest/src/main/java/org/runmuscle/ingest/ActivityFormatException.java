package org.runmuscle.ingest;

/**
 * A file runmuscle cannot read as an activity. The message is one line a runner understands,
 * naming the problem ("FIT file ends inside a data message at byte 768: the file is truncated");
 * the command line prefixes it with the file's name.
 *
 * <p>A file that is well formed but holds no recorded activity (a course, a workout, a sleep or
 * monitoring file) says so through {@link #notAnActivity()}: inside an export it is skipped, not
 * counted as broken, since a Garmin account export holds thousands of them.
 */
public final class ActivityFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean notAnActivity;

    public ActivityFormatException(String message) {
        this(message, false);
    }

    private ActivityFormatException(String message, boolean notAnActivity) {
        super(message);
        this.notAnActivity = notAnActivity;
    }

    /** A readable file of a kind that holds no recorded activity. */
    public static ActivityFormatException notAnActivity(String message) {
        return new ActivityFormatException(message, true);
    }

    public boolean notAnActivity() {
        return notAnActivity;
    }
}
