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

    /** 401: the route needs a login (or an API token) and the request had none that is valid. */
    public static ApiProblem unauthorized() {
        return new ApiProblem(401, "Unauthorized", "log in first, or send an API token as 'Authorization: Bearer'");
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "Forbidden", detail);
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad Request", detail);
    }
}
