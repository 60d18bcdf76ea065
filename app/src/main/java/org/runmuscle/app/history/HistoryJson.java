package org.runmuscle.app.history;

import java.util.LinkedHashMap;
import java.util.Map;
import org.runmuscle.store.Work;

/** The JSON of {@code history --format json} and the history route (field names are API). */
final class HistoryJson {
    private HistoryJson() {}

    static Map<String, Object> of(HistoryService service, long today, int days, Work work) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("work", work.id());
        json.putAll(service.history(today, days, work).json(today, days));
        json.put("wholeBody", WholeBody.of(service, today, days, work).json());
        return json;
    }
}
