package org.runmuscle.app.history;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.runmuscle.store.Work;

/** The JSON of {@code history --format json} and the history route (field names are API). */
public final class HistoryJson {
    private HistoryJson() {}

    /**
     * The muscles' history and the whole-body load, the second computed on another core meanwhile:
     * they read different tables, and a year of either takes tens of milliseconds (bench import).
     */
    public static Map<String, Object> of(HistoryService service, long today, int days, Work work) {
        CompletableFuture<WholeBody> body =
                CompletableFuture.supplyAsync(() -> WholeBody.of(service, today, days, work));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("work", work.id());
        json.put("asOf", LocalDate.ofEpochDay(today).toString());
        json.putAll(service.history(today, days, work).json(today, days));
        try {
            json.put("wholeBody", body.join().json());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause; // a store or input problem, answered as it would be without the second core
            }
            throw e;
        }
        return json;
    }
}
