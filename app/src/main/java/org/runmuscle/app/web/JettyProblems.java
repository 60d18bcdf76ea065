package org.runmuscle.app.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * What Jetty refuses before any route sees the request (a path with an encoded separator or a
 * {@code ..} it will not resolve, a URI or headers over its limits) as the same problem JSON as the
 * routes' refusals. Jetty's own answer was an HTML page with "Bad Message 414".
 */
final class JettyProblems extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String title = HttpStatus.getMessage(status);
        String detail = switch (status) {
            case HttpStatus.URI_TOO_LONG_414 -> "the address is longer than the server reads";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "the headers are larger than the server reads";
            case HttpStatus.BAD_REQUEST_400 ->
                "the request cannot be read as HTTP, or its path names no file"
                        + " the server would give (an encoded separator, a '..' above the root)";
            default -> reason == null || reason.isBlank() ? title : reason;
        };
        fields.put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
        // Jetty gives no request here, so the problem names no instance
        return BufferUtil.toBuffer(Problems.body(status, title, detail, null), StandardCharsets.UTF_8);
    }
}
