package org.runmuscle.ingest;

/**
 * A file runmuscle cannot read as an activity. The message is one line a runner understands,
 * naming the problem ("FIT file ends inside a data message at byte 768: the file is truncated");
 * the command line prefixes it with the file's name.
 */
public final class ActivityFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public ActivityFormatException(String message) {
        super(message);
    }
}
