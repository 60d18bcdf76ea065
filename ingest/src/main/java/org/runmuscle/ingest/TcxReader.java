package org.runmuscle.ingest;

import com.fasterxml.aalto.UncheckedStreamException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.DeviceTotals;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.core.activity.Sport;

/**
 * Reads Garmin Training Center (TCX) files, streaming. Each {@code Activity} element is one
 * activity (a multisport file holds several); a {@code Course} is a plan, not a recording, and refused.
 * Lap totals (timer time, distance, heart rate) become the device totals. Run cadence and speed
 * come from the ActivityExtension (TPX) under any prefix.
 */
final class TcxReader {
    private TcxReader() {}

    private static final class Current {
        Sport sport = Sport.GENERIC;
        String what = "TCX activity";
        Samples.Builder points = Samples.builder(1024);
        double timerSeconds;
        double distanceMeters;
        double maxHeartRate = Double.NaN;
        double heartBeats;
        double heartSeconds;
        double lapSeconds = Double.NaN;
        final List<LapDistances.Lap> laps = new ArrayList<>();
        double lapStart = Double.NaN;
        double lapDistance = Double.NaN;
        List<String> warnings = new ArrayList<>();
        /** Between a Trackpoint's tags; a point's values anywhere else (a broken tag) are ignored. */
        boolean inPoint;
    }

    static List<Activity> read(byte[] bytes) throws ActivityFormatException {
        XMLStreamReader xml = SafeXml.reader(bytes);
        List<Activity> activities = new ArrayList<>();
        List<String> path = new ArrayList<>();
        XmlText text = new XmlText();
        Current current = null;
        String device = "";
        try {
            while (xml.hasNext()) {
                int event = SafeXml.next(xml);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    path.add(name);
                    text.clear();
                    if (name.equals("Course") && path.contains("Courses")) {
                        throw ActivityFormatException.notAnActivity(
                                "this TCX file is a course (a planned route with target times), not a recorded "
                                        + "activity");
                    }
                    if (name.equals("Activity")) {
                        current = new Current();
                        current.sport = XmlSports.of(nullToEmpty(xml.getAttributeValue(null, "Sport")));
                    } else if (name.equals("Trackpoint") && current != null) {
                        current.points.newRow();
                        current.inPoint = true;
                    } else if (name.equals("Lap") && current != null) {
                        current.lapStart = XmlTimes.seconds(nullToEmpty(xml.getAttributeValue(null, "StartTime")));
                        current.lapSeconds = Double.NaN;
                        current.lapDistance = Double.NaN;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    SafeXml.appendText(xml, text);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    String parent = path.size() >= 2 ? path.get(path.size() - 2) : "";
                    if (current != null) {
                        if (name.equals("Lap")) {
                            current.laps.add(
                                    new LapDistances.Lap(current.lapStart, current.lapSeconds, current.lapDistance));
                        }
                        if (name.equals("Activity")) {
                            activities.add(finish(current, device));
                            current = null;
                        } else {
                            value(current, name, parent, text);
                        }
                    } else if (name.equals("Name") && parent.equals("Creator")) {
                        device = text.toString().strip();
                    }
                    path.remove(path.size() - 1);
                }
            }
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(e);
        } catch (UncheckedStreamException e) {
            throw SafeXml.malformed(e);
        }
        if (activities.isEmpty()) {
            throw new ActivityFormatException("the TCX file holds no Activity: nothing to read");
        }
        return activities;
    }

    private static void value(Current current, String name, String parent, CharSequence text) {
        Samples.Builder points = current.points;
        switch (parent) {
            case "Trackpoint", "Position", "HeartRateBpm", "TPX" -> {
                if (current.inPoint) {
                    pointValue(points, name, parent, text);
                }
            }
            case "Lap" -> lapValue(current, name, text);
            case "MaximumHeartRateBpm", "AverageHeartRateBpm" -> {
                if (name.equals("Value")) {
                    double bpm = XmlTimes.number(text);
                    if (parent.equals("MaximumHeartRateBpm") && !(bpm <= current.maxHeartRate)) {
                        current.maxHeartRate = bpm;
                    } else if (parent.equals("AverageHeartRateBpm") && current.lapSeconds > 0) {
                        current.heartBeats += bpm * current.lapSeconds;
                        current.heartSeconds += current.lapSeconds;
                    }
                }
            }
            default -> {}
        }
        if (name.equals("Trackpoint") && current.inPoint) {
            current.inPoint = false;
            if (Double.isNaN(points.current(Channel.TIME))) {
                points.dropRow();
            }
        }
    }

    /** A value of the point being read: under the Trackpoint itself, its Position, heart rate or extension. */
    private static void pointValue(Samples.Builder points, String name, String parent, CharSequence text) {
        switch (parent) {
            case "Trackpoint" -> {
                switch (name) {
                    case "Time" -> points.set(Channel.TIME, XmlTimes.seconds(text));
                    case "AltitudeMeters" -> points.set(Channel.ALTITUDE, XmlTimes.number(text));
                    case "DistanceMeters" -> points.set(Channel.DISTANCE, XmlTimes.number(text));
                    case "Cadence" -> points.set(Channel.CADENCE, XmlTimes.number(text));
                    default -> {}
                }
            }
            case "Position" -> {
                if (name.equals("LatitudeDegrees")) {
                    points.set(Channel.LATITUDE, XmlTimes.number(text));
                } else if (name.equals("LongitudeDegrees")) {
                    points.set(Channel.LONGITUDE, XmlTimes.number(text));
                }
            }
            case "HeartRateBpm" -> {
                if (name.equals("Value")) {
                    points.set(Channel.HEART_RATE, XmlTimes.number(text));
                }
            }
            case "TPX" -> {
                switch (name) {
                    case "Speed" -> points.set(Channel.SPEED, XmlTimes.number(text));
                    case "RunCadence" -> points.set(Channel.CADENCE, XmlTimes.number(text));
                    case "Watts" -> points.set(Channel.POWER, XmlTimes.number(text));
                    default -> {}
                }
            }
            default -> {}
        }
    }

    private static void lapValue(Current current, String name, CharSequence text) {
        double value = XmlTimes.number(text);
        if (Double.isNaN(value)) {
            return;
        }
        if (name.equals("TotalTimeSeconds")) {
            current.timerSeconds += value;
            current.lapSeconds = value;
        } else if (name.equals("DistanceMeters")) {
            current.distanceMeters += value;
            current.lapDistance = value;
        }
    }

    private static Activity finish(Current current, String device) throws ActivityFormatException {
        double avgHeartRate = current.heartSeconds > 0 ? current.heartBeats / current.heartSeconds : Double.NaN;
        DeviceTotals totals = new DeviceTotals(
                Double.NaN,
                current.timerSeconds > 0 ? current.timerSeconds : Double.NaN,
                current.distanceMeters > 0 ? current.distanceMeters : Double.NaN,
                avgHeartRate,
                current.maxHeartRate,
                Double.NaN,
                Double.NaN,
                Double.NaN);
        Activity activity =
                XmlActivities.of(current.sport, current.points.build(), totals, device, current.warnings, current.what);
        return LapDistances.apply(activity, current.laps);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
