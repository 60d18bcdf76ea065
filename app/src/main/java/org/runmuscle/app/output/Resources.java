package org.runmuscle.app.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.runmuscle.core.snapshot.Snapshot;

/**
 * Files packed in the jar (the web pages, the body map, the OpenAPI document), and those the build
 * writes beside a class for it to read at run time instead of making them (AtlasJson, WebAssets).
 */
public final class Resources {
    private Resources() {}

    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file {@code name} packed beside {@code owner}, as text; empty when the jar has none. */
    public static Optional<String> beside(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code text} as the file {@code name} beside {@code owner} in the class folder {@code
     * classes}, where {@link #beside} finds it once packed (a build step).
     */
    public static void writeBeside(String classes, Class<?> owner, String name, String text) throws IOException {
        Files.writeString(Snapshot.beside(classes, owner, name), text, StandardCharsets.UTF_8);
    }
}
