package org.runmuscle.ingest;

import java.util.ArrayList;
import java.util.List;

/** A workout file read back with our decoder: what the tests check a written workout against. */
public final class FitWorkoutRead {
    private FitWorkoutRead() {}

    /** The steps a workout file holds, as the tests read them back. */
    public record Step(
            int index,
            String name,
            int durationType,
            long durationValue,
            long targetValue,
            int intensity,
            int category,
            int exerciseName,
            double weightKg,
            String notes) {}

    /** The name, sub-sport and steps of a workout file read with our decoder ({@link FitMessagesReader}). */
    public record Read(String name, int sport, int subSport, int validSteps, int fileType, List<Step> steps) {}

    public static Read of(byte[] bytes) throws ActivityFormatException {
        List<FitMessagesReader.Message> messages = FitMessagesReader.read(bytes);
        String name = "";
        int sport = -1;
        int subSport = -1;
        int valid = -1;
        int type = -1;
        List<Step> steps = new ArrayList<>();
        for (FitMessagesReader.Message m : messages) {
            switch (m.global()) {
                case FitWorkout.FILE_ID -> type = (int) m.number(0);
                case FitWorkout.WORKOUT -> {
                    name = m.text(8);
                    sport = (int) m.number(4);
                    subSport = (int) m.number(11);
                    valid = (int) m.number(6);
                }
                case FitWorkout.WORKOUT_STEP -> {
                    int index = (int) m.number(254);
                    if (!m.has(1)) { // the notes of a step already read
                        Step s = steps.get(index);
                        steps.set(
                                index,
                                new Step(
                                        s.index(),
                                        s.name(),
                                        s.durationType(),
                                        s.durationValue(),
                                        s.targetValue(),
                                        s.intensity(),
                                        s.category(),
                                        s.exerciseName(),
                                        s.weightKg(),
                                        m.text(8)));
                        continue;
                    }
                    steps.add(new Step(
                            index,
                            m.text(0),
                            (int) m.number(1),
                            m.number(2),
                            m.number(4),
                            (int) m.number(7),
                            (int) m.number(10),
                            (int) m.number(11),
                            m.has(12) ? m.number(12) / 100.0 : 0,
                            ""));
                }
                default -> {
                    // nothing else in a workout file
                }
            }
        }
        return new Read(name, sport, subSport, valid, type, List.copyOf(steps));
    }
}
