package org.runmuscle.app.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import java.io.IOException;
import org.runmuscle.app.cli.UserInputException;

/** Request bodies in JSON: unknown fields are refused, so a misspelt field is an error, not ignored. */
public final class JsonBodies {
    private static final ObjectMapper STRICT =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonBodies() {}

    public static ObjectReader reader(Class<?> type) {
        return STRICT.readerFor(type);
    }

    /** The body read as {@code reader}'s type; a missing or wrong body is a 400 naming the {@code shape}. */
    public static <T> T read(Context ctx, ObjectReader reader, String shape) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new UserInputException("send a JSON body: " + shape);
        }
        try {
            return reader.readValue(body);
        } catch (IOException e) {
            throw new UserInputException("the body is not " + shape + ": " + Problems.oneLine(e));
        }
    }
}
