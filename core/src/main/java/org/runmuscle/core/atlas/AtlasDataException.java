package org.runmuscle.core.atlas;

/** The atlas data files contradict themselves: a programming error caught when the atlas loads. */
public final class AtlasDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AtlasDataException(String message) {
        super(message);
    }

    AtlasDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
