package org.runmuscle.app.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one JSON writer of the command line: indented, stable field order. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new BlackbirdModule())
            .registerModule(finiteNumbers())
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new BlackbirdModule())
            .registerModule(finiteNumbers());

    /**
     * A number that is not finite (a ratio against nothing, a grade over no distance) is written as
     * null: Jackson would write the string "NaN", which no JSON reader takes for a number.
     */
    private static SimpleModule finiteNumbers() {
        JsonSerializer<Double> finite = new JsonSerializer<>() {
            @Override
            public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
                if (value == null || !Double.isFinite(value)) {
                    out.writeNull();
                } else {
                    out.writeNumber(value);
                }
            }
        };
        return new SimpleModule("finite-numbers")
                .addSerializer(Double.class, finite)
                .addSerializer(double.class, finite);
    }

    private Json() {}

    /**
     * A JSON object with its fields in the order given. (Map.of iterates in a different order in
     * every JVM run, which made the same command print differently twice.)
     */
    public static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    /** One line of JSON, for benchmark results that tools collect line by line. */
    public static String compact(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
