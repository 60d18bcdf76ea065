package org.runmuscle.app.web;

/**
 * A request the server refuses, with its HTTP status: sent as an RFC 9457 problem body whose
 * {@code detail} is one line, like the command line's errors.
 */
public final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String title;

    public ApiProblem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not Found", detail);
    }
}
