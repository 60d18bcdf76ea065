package org.runmuscle.ingest;

import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Samples;

/** Distances on the Earth, for files that record positions but not distance. */
final class Geo {
    /** Mean Earth radius (IUGG), metres. */
    static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private Geo() {}

    /** Great-circle distance by the haversine formula: accurate to 0.5 % at running scales. */
    static double meters(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * Fills missing cumulative distance from positions. Great-circle steps between positions give a
     * distance of their own; each point without a recorded distance takes it, shifted to agree
     * with the nearest recorded distance before it (or, before the first one, after it). Files that
     * record an odometer reading (starting at 42 km, say) or record distance only on some points
     * thus stay continuous.
     */
    static Samples fillDistance(Samples samples) {
        if (!samples.has(Channel.LATITUDE)) {
            return samples;
        }
        int n = samples.size();
        double[] walked = new double[n];
        double total = 0;
        double lat = Double.NaN;
        double lon = Double.NaN;
        double firstOffset = Double.NaN;
        for (int i = 0; i < n; i++) {
            double pointLat = samples.get(Channel.LATITUDE, i);
            double pointLon = samples.get(Channel.LONGITUDE, i);
            if (!Double.isNaN(pointLat) && !Double.isNaN(pointLon)) {
                if (!Double.isNaN(lat)) {
                    total += meters(lat, lon, pointLat, pointLon);
                }
                lat = pointLat;
                lon = pointLon;
            }
            walked[i] = total;
            double recorded = samples.get(Channel.DISTANCE, i);
            if (Double.isNaN(firstOffset) && !Double.isNaN(recorded)) {
                firstOffset = recorded - total;
            }
        }
        double offset = Double.isNaN(firstOffset) ? 0 : firstOffset;
        double[] distance = samples.column(Channel.DISTANCE);
        for (int i = 0; i < n; i++) {
            double recorded = distance[i];
            if (!Double.isNaN(recorded)) {
                offset = recorded - walked[i];
            } else if (!Double.isNaN(samples.get(Channel.LATITUDE, i))) {
                distance[i] = walked[i] + offset;
            }
        }
        return samples.withColumn(Channel.DISTANCE, distance);
    }
}
