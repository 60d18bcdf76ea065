package org.runmuscle.app.output;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Source;

/** Numbers sources in order of first citation and prints them as a reference list. */
public final class SourceNumbers {
    private final Atlas atlas;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    public SourceNumbers(Atlas atlas) {
        this.atlas = atlas;
    }

    /** {@code [1][4]} for the given source ids, numbering new ones as they come. */
    public String cite(List<String> ids) {
        return ids.stream()
                .map(id -> "[" + numbers.computeIfAbsent(id, k -> numbers.size() + 1) + "]")
                .collect(Collectors.joining());
    }

    public void printReferences(PrintWriter out) {
        out.println("Sources");
        numbers.forEach((id, number) -> {
            Source source = atlas.source(id).orElseThrow();
            List<String> lines =
                    Text.wrap("[" + number + "] " + source.citation() + " (" + source.locator() + ")", "  ");
            lines.forEach(out::println);
        });
    }

    /** The cited sources, in number order, for JSON output. */
    public List<Source> cited() {
        return numbers.keySet().stream()
                .map(id -> atlas.source(id).orElseThrow())
                .toList();
    }
}
