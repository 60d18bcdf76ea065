package org.runmuscle.ingest;

import com.fasterxml.aalto.UncheckedStreamException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.runmuscle.core.activity.Activity;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.DeviceTotals;
import org.runmuscle.core.activity.Samples;
import org.runmuscle.core.activity.Sport;

/**
 * Reads GPX 1.0 and 1.1 track points, streaming. Every track and segment of a file forms one
 * activity (a gap between segments is a pause). Heart rate, cadence, power and speed come from
 * whatever extension carries them, matched by element name: Garmin TrackPointExtension v1/v2
 * (under any prefix, ns3 included), Movescount's gpxdata, SpoQ's heartRate, Cluetrust.
 */
final class GpxReader {
    private GpxReader() {}

    static List<Activity> read(byte[] bytes) throws ActivityFormatException {
        XMLStreamReader xml = SafeXml.reader(bytes);
        Samples.Builder points = Samples.builder(bytes.length / 150);
        XmlText text = new XmlText();
        List<String> warnings = new ArrayList<>();
        String creator = "";
        String type = "";
        String title = "";
        boolean inPoint = false;
        boolean inExtensions = false;
        int routePoints = 0;
        int untimed = 0;
        try {
            while (xml.hasNext()) {
                int event = SafeXml.next(xml);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    text.clear();
                    switch (name) {
                        case "gpx" -> creator = attribute(xml, "creator");
                        case "trkpt" -> {
                            inPoint = true;
                            points.newRow();
                            points.set(Channel.LATITUDE, XmlTimes.number(attribute(xml, "lat")));
                            points.set(Channel.LONGITUDE, XmlTimes.number(attribute(xml, "lon")));
                        }
                        case "rtept" -> routePoints++;
                        case "extensions" -> inExtensions = true;
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    SafeXml.appendText(xml, text);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("trkpt")) {
                        inPoint = false;
                        if (Double.isNaN(points.current(Channel.TIME))) {
                            points.dropRow();
                            untimed++;
                        }
                    } else if (name.equals("extensions")) {
                        inExtensions = false;
                    } else if (inPoint) {
                        point(points, name, text, inExtensions);
                    } else if (name.equals("type") && type.isEmpty()) {
                        type = text.toString();
                    } else if (name.equals("name") && title.isEmpty()) {
                        title = text.toString();
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(e);
        } catch (UncheckedStreamException e) {
            throw SafeXml.malformed(e);
        }
        if (untimed > 0 && points.size() > 0) {
            warnings.add(untimed + " track points without a time were left out");
        }
        String what = routePoints > 0 && points.size() == 0 ? "GPX route" : "GPX file";
        Sport sport = type.isBlank() ? XmlSports.ofTitle(title) : XmlSports.of(type);
        return List.of(XmlActivities.of(sport, points.build(), DeviceTotals.none(), creator.strip(), warnings, what)
                .withName(title));
    }

    private static void point(Samples.Builder points, String name, CharSequence text, boolean inExtensions) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!inExtensions) {
            switch (key) {
                case "ele" -> points.set(Channel.ALTITUDE, XmlTimes.number(text));
                case "time" -> points.set(Channel.TIME, XmlTimes.seconds(text));
                case "speed" -> points.set(Channel.SPEED, XmlTimes.number(text));
                default -> {}
            }
            return;
        }
        switch (key) {
            case "hr", "heartrate", "heartratebpm" -> points.set(Channel.HEART_RATE, XmlTimes.number(text));
            case "cad", "cadence", "runcadence" -> points.set(Channel.CADENCE, XmlTimes.number(text));
            case "power", "watts" -> points.set(Channel.POWER, XmlTimes.number(text));
            case "speed" -> points.set(Channel.SPEED, XmlTimes.number(text));
            default -> {}
        }
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }
}
