package org.runmuscle.app.cli;

/**
 * Input the program cannot act on (an unknown muscle, an absurd value): its message is the one
 * line the runner sees, and the process exits with code 2.
 */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
