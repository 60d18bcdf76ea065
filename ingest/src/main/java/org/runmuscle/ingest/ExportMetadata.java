package org.runmuscle.ingest;

import java.util.Optional;
import org.runmuscle.core.activity.Sport;

/**
 * What a bulk export says about one activity file beside the file itself: Strava's
 * {@code activities.csv} gives each its name, its type and the gear used.
 *
 * @param name  the activity's title, "" if none
 * @param sport the sport the export names, which wins over the file's, if it names one
 * @param gear  shoes or bike, "" if none
 */
public record ExportMetadata(String name, Optional<Sport> sport, String gear) {
    public ExportMetadata {
        name = name == null ? "" : name.strip();
        gear = gear == null ? "" : gear.strip();
    }
}
