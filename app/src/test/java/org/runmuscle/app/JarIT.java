package org.runmuscle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a real process: exit codes and streams as a shell sees them. */
class JarIT {
    @TempDir
    Path temp;

    static ProcessRun run(String... args) throws IOException, InterruptedException {
        return ProcessRun.of(JarCommand.of(args), null, 60);
    }

    @Test
    void printsAMuscleAndExitsZero() throws Exception {
        ProcessRun result = run("muscle", "soleus");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Soleus (soleus)");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void unknownNameExitsTwoWithOneLine() throws Exception {
        ProcessRun result = run("muscle", "sol");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip().lines()).singleElement().asString().contains("closest: soleus");
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineAndExitOneAndAReaderThatLeftIsNone() throws Exception {
        // a full disk: the table was lost without a word, and the exit code said all was well
        Process full = new ProcessBuilder(JarCommand.of("muscles"))
                .redirectOutput(new File("/dev/full"))
                .start();
        String err = new String(full.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(full.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(full.exitValue()).isEqualTo(1);
        assertThat(err.strip().lines()).containsExactly("runmuscle: cannot write the output: No space left on device");
        // a reader that stops after one line, as 'head -1' does, of 108 KB (more than a pipe holds,
        // so the command meets the closed pipe): no word about it
        Process head = new ProcessBuilder(JarCommand.of("exercises", "--format", "json")).start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(head.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("[ {");
        }
        String headErr = new String(head.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(head.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(headErr).isEmpty();
    }

    @Test
    void serveListensOnLoopbackAndAnswers() throws Exception {
        Path db = temp.resolve("serve.db");
        Process server = new ProcessBuilder(JarCommand.of("serve", "--port", "0", "--db", db.toString()))
                .redirectErrorStream(true)
                .start();
        try {
            String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(line).matches("runmuscle: serving http://127\\.0\\.0\\.1:\\d+/  \\(Ctrl-C stops\\)");
            String base = line.replaceAll(".*(http://[^ ]+/).*", "$1");
            var http = HttpClient.newHttpClient();
            var muscles = http.send(
                    HttpRequest.newBuilder(URI.create(base + "api/v1/muscles")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(muscles.statusCode()).isEqualTo(200);
            assertThat(muscles.body()).startsWith("[{\"id\":\"gluteus-maximus\"");
            var page =
                    http.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("<title>runmuscle</title>");

            ProcessRun busy = run("serve", "--port", base.replaceAll(".*:(\\d+)/", "$1"), "--db", db.toString() + "-2");
            assertThat(busy.exitCode()).isEqualTo(2);
            assertThat(busy.err().strip().lines())
                    .singleElement()
                    .asString()
                    .startsWith("runmuscle serve: cannot listen on 127.0.0.1:");
        } finally {
            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void serveOnEveryInterfaceNeedsAnAdministratorThenAsksForALogin() throws Exception {
        Path db = temp.resolve("serve-lan.db");
        List<String> serve = JarCommand.of(
                "serve",
                "--host",
                "0.0.0.0",
                "--port",
                "0",
                "--allowed-host",
                "runs.example.org",
                "--db",
                db.toString());
        Process refused = new ProcessBuilder(serve).redirectErrorStream(true).start();
        String refusal = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(refused.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).isEqualTo(2);
        assertThat(refusal).contains("runmuscle user add --admin NAME");
        Process admin = new ProcessBuilder(
                        JarCommand.of("user", "add", "--admin", "root", "--password-stdin", "--db", db.toString()))
                .redirectErrorStream(true)
                .start();
        admin.getOutputStream().write("a long enough passphrase\n".getBytes(StandardCharsets.UTF_8));
        admin.getOutputStream().close();
        assertThat(new String(admin.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Added admin 'root'.");
        assertThat(admin.waitFor(20, TimeUnit.SECONDS)).isTrue();

        Process server = new ProcessBuilder(serve).redirectErrorStream(true).start();
        try {
            var lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            // stdout and stderr share the pipe: the lines may come in either order
            List<String> first = List.of(lines.readLine(), lines.readLine(), lines.readLine());
            String serving = first.stream()
                    .filter(l -> l.startsWith("runmuscle: serving"))
                    .findFirst()
                    .orElseThrow();
            assertThat(serving).matches("runmuscle: serving http://0\\.0\\.0\\.0:\\d+/  \\(Ctrl-C stops\\)");
            assertThat(first).anyMatch(l -> l.startsWith("runmuscle: accounts are on"));
            assertThat(first)
                    .anyMatch(l -> l.startsWith("runmuscle serve: note: listening on 0.0.0.0 over plain HTTP")
                            && l.contains("--trusted-proxy"));
            String port = serving.replaceAll(".*:(\\d+)/.*", "$1");
            var http = HttpClient.newHttpClient();
            var byAddress = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/groups"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(byAddress.statusCode()).isEqualTo(200);
            assertThat(byAddress.headers().firstValue("Content-Security-Policy"))
                    .isPresent();
            var history = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/activities"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(history.statusCode()).isEqualTo(401);
        } finally {
            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }
}
