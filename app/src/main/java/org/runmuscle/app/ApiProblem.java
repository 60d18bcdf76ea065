package org.runmuscle.app;

/**
 * A request the server refuses, with its HTTP status: sent as an RFC 9457 problem body whose
 * {@code detail} is one line, like the command line's errors.
 */
final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String title;

    ApiProblem(int status, String title, String detail) {
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

    static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not Found", detail);
    }
}
