package org.runmuscle.app.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import org.runmuscle.app.cli.UserInputException;

/** Request bodies in JSON: unknown fields are refused, so a misspelt field is an error, not ignored. */
public final class JsonBodies {
    private JsonBodies() {}

    /**
     * Made at the first body read, not with the routes: Jackson's mapper and ten readers made with
     * them took 50-90 ms of serve's first answer, which reads no body. The mapper keeps each type's
     * deserializer once made.
     */
    private static final class Strict {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The body read as a {@code type}; a missing or wrong body is a 400 naming the {@code shape}. */
    public static <T> T read(Context ctx, Class<T> type, String shape) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new UserInputException("send a JSON body: " + shape);
        }
        try {
            return parse(body, type);
        } catch (IOException e) {
            throw new UserInputException("the body is not " + shape + ": " + Problems.oneLine(e));
        }
    }

    /** {@code text} read as a {@code type}, refusing unknown fields. */
    public static <T> T parse(String text, Class<T> type) throws IOException {
        return Strict.MAPPER.readValue(text, type);
    }
}
