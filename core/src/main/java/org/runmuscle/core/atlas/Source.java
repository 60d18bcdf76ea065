package org.runmuscle.core.atlas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a claim comes from: one of the seed articles or a paper from the evidence base.
 *
 * @param id          stable kebab-case id ({@code lenhart-2015}, {@code seed-001})
 * @param kind        seed article, primary paper, review, textbook or software
 * @param citation    authors, year, title and venue as far as known
 * @param evidenceKey the file name of a seed article, the key of the row's source in
 *                    {@code shared/science/running-muscles-evidence.md} ({@code LTH15}), or
 *                    {@value #BEYOND_EVIDENCE_BASE} for a paper read beyond it (its locator says where)
 * @param locator     where the text was read (address or project path)
 */
public record Source(String id, Kind kind, String citation, String evidenceKey, String locator) {
    /** The evidence key of a paper found and read beyond the evidence base (the issue asks to look further). */
    public static final String BEYOND_EVIDENCE_BASE = "beyond-evidence-base";

    public Source {
        Checks.slug(id, "source id");
        Checks.present(kind, "kind of source " + id);
        Checks.text(citation, "citation of " + id);
        Checks.text(evidenceKey, "evidence key of " + id);
        Checks.text(locator, "locator of " + id);
    }

    /** What sort of text a source is; it tells how much weight a claim can bear. */
    public enum Kind {
        SEED,
        PAPER,
        REVIEW,
        TEXTBOOK,
        SOFTWARE;

        @JsonValue
        public String id() {
            return Slug.ofConstant(this);
        }

        @JsonCreator
        static Kind fromJson(String id) {
            return Slug.constantOf(Kind.class, id, "source kind");
        }
    }
}
