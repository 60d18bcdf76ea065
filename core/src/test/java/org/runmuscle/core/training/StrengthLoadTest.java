package org.runmuscle.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Groups;
import org.runmuscle.core.load.LoadModel;

class StrengthLoadTest {
    static final Atlas ATLAS = Atlas.load();
    static final LoadModel MODEL = LoadModel.load(ATLAS);
    static final ExerciseCatalog CATALOG = ExerciseCatalog.load(ATLAS);
    static final StrengthLoad LOAD = StrengthLoad.of(MODEL);

    static Exercise exercise(String id) {
        return CATALOG.byId(id).orElseThrow();
    }

    @Test
    void theTempoSplitsASetIntoLoweringHoldingAndLifting() {
        assertThat(StrengthLoad.Split.of("3-1-1-0")).isEqualTo(new StrengthLoad.Split(3, 1, 1));
        assertThat(StrengthLoad.Split.of("4-0-x-0")).isEqualTo(new StrengthLoad.Split(4, 0, 0.5));
        assertThat(StrengthLoad.Split.of("hold")).isEqualTo(new StrengthLoad.Split(0, 1, 0));
        assertThat(StrengthLoad.Split.of("fast")).isEqualTo(new StrengthLoad.Split(0.5, 0, 0.5));

        StrengthLoad.Work squat =
                LOAD.of(exercise("goblet-squat"), 10, 0, 16, 70).get(0);
        // goblet squat: 3-0-1-0, so three parts lowering to one lifting
        assertThat(squat.eccentricBwSeconds()).isCloseTo(3 * squat.concentricBwSeconds(), within(1e-9));
        assertThat(squat.isometricBwSeconds()).isZero();
        StrengthLoad.Work plank = LOAD.of(exercise("front-plank"), 0, 40, 0, 70).get(0);
        assertThat(plank.isometricBwSeconds()).isEqualTo(plank.loadBwSeconds()).isPositive();
        assertThat(plank.damagingBwSeconds()).isZero();
    }

    @Test
    void moreLoadMoreRepsAndMoreSecondsGiveMoreWork() {
        Exercise squat = exercise("goblet-squat");
        double light = LOAD.of(squat, 10, 0, 8, 70).get(0).loadBwSeconds();
        double heavy = LOAD.of(squat, 10, 0, 24, 70).get(0).loadBwSeconds();
        double longer = LOAD.of(squat, 15, 0, 8, 70).get(0).loadBwSeconds();
        assertThat(heavy).isGreaterThan(light);
        assertThat(longer).isCloseTo(light * 1.5, within(1e-9));
        // activation is capped: an absurd load cannot make an absurd force
        double capped = LOAD.of(squat, 10, 0, 400, 70).get(0).loadBwSeconds();
        double more = LOAD.of(squat, 10, 0, 500, 70).get(0).loadBwSeconds();
        assertThat(more).isEqualTo(capped);
    }

    @Test
    void aMeasuredActivationIsUsedAndSaidToBeMeasured() {
        // the Copenhagen adduction's adductor longus activation is measured (Serner 2014: 108 %MVIC)
        var work = LOAD.of(exercise("copenhagen-adduction"), 6, 0, 0, 70);
        assertThat(work.get(0).muscle()).isEqualTo("adductor-longus");
        assertThat(work.get(0).measured()).isTrue();
        assertThat(work.get(1).measured()).isFalse();
    }

    @Test
    void lightLoweringDoesNoDamageAndNordicCurlsDo() {
        StrengthLoad.Work squat =
                LOAD.of(exercise("bodyweight-squat"), 15, 0, 0, 70).get(0);
        StrengthLoad.Work bridge =
                LOAD.of(exercise("glute-bridge"), 12, 0, 0, 70).get(1);
        assertThat(bridge.damagingBwSeconds())
                .as("a helper at 30 %% activation")
                .isZero();
        assertThat(squat.damagingBwSeconds()).isLessThan(squat.eccentricBwSeconds());
        StrengthLoad.Work nordic =
                LOAD.of(exercise("nordic-hamstring-curl"), 6, 0, 0, 70).get(0);
        assertThat(nordic.damagingBwSeconds()).isPositive();
    }

    /**
     * An unaccustomed session of nordic curls makes the hamstrings sore; the same session a week
     * later, less so (the repeated-bout effect), through the same recovery model as runs.
     */
    @Test
    void unaccustomedNordicCurlsMakeHamstringsSoreAndTheRepeatedBoutProtects() {
        Map<String, Double> reference = MODEL.referenceDay();
        String muscle = "semitendinosus";
        double damaging = 0;
        double load = 0;
        for (int set = 0; set < 3; set++) {
            StrengthLoad.Work w = LOAD.of(exercise("nordic-hamstring-curl"), 6, 0, 0, 70).stream()
                    .filter(x -> x.muscle().equals(muscle))
                    .findFirst()
                    .orElseThrow();
            damaging += w.damagingBwSeconds();
            load += w.loadBwSeconds();
        }
        NavigableMap<Long, Recovery.DayLoad> days = new TreeMap<>();
        days.put(100L, new Recovery.DayLoad(load, load * 0.8, damaging));
        Recovery.State first = Recovery.state(days, 101, reference.get(muscle), Groups.HAMSTRINGS);
        assertThat(first.sorenessRisk()).isNotEqualTo(Recovery.SorenessRisk.LOW);

        days.put(107L, new Recovery.DayLoad(load, load * 0.8, damaging));
        Recovery.State second = Recovery.state(days, 108, reference.get(muscle), Groups.HAMSTRINGS);
        assertThat(second.readinessPercent()).isGreaterThan(first.readinessPercent());
    }

    @Test
    void sumAddsAMusclesWorkAcrossSets() {
        List<StrengthLoad.Work> sets = new ArrayList<>();
        sets.addAll(LOAD.of(exercise("goblet-squat"), 10, 0, 16, 70));
        sets.addAll(LOAD.of(exercise("goblet-squat"), 10, 0, 16, 70));
        Map<String, StrengthLoad.Work> sum = StrengthLoad.sum(sets);
        assertThat(sum.get("vastus-lateralis").loadBwSeconds())
                .isCloseTo(2 * sets.get(0).loadBwSeconds(), within(1e-9));
    }
}
