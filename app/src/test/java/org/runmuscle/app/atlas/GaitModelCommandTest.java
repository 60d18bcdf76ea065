package org.runmuscle.app.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.runmuscle.app.CliRun;

class GaitModelCommandTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void jsonHasTheFixedShape() throws Exception {
        CliRun run = CliRun.of("gait", "--speed", "3.5", "--grade", "0", "--cadence", "170", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode root = json.readTree(run.out());
        assertThat(root.get("speedMps").asDouble()).isEqualTo(3.5);
        assertThat(root.get("cadenceSpm").asDouble()).isEqualTo(170);
        assertThat(root.get("stanceFraction").asDouble()).isBetween(0.3, 0.37);
        JsonNode muscles = root.get("muscles");
        assertThat(muscles).hasSize(44);
        JsonNode gmed = muscles.get(1);
        assertThat(gmed.get("id").asText()).isEqualTo("gluteus-medius");
        assertThat(gmed.get("activation")).hasSize(101);
        assertThat(gmed.get("periods").get("stance").get("peakForceBw").asDouble())
                .isBetween(2.8, 3.8);
        assertThat(gmed.get("periods").fieldNames())
                .toIterable()
                .containsExactly("stance", "early-swing", "late-swing");
        assertThat(gmed.fieldNames())
                .toIterable()
                .contains(
                        "loadPerStrideBwSeconds",
                        "loadPerKmBwSeconds",
                        "concentricShare",
                        "eccentricShare",
                        "isometricShare");
        double shares = gmed.get("concentricShare").asDouble()
                + gmed.get("eccentricShare").asDouble()
                + gmed.get("isometricShare").asDouble();
        assertThat(shares).isBetween(0.99, 1.01);
    }

    @Test
    void paceAndDefaultCadenceWork() throws Exception {
        JsonNode root = json.readTree(
                CliRun.of("gait", "--pace", "4:45/km", "--format", "json").out());
        assertThat(root.get("speedMps").asDouble()).isBetween(3.50, 3.52);
        assertThat(root.get("cadenceSpm").asDouble()).isBetween(165.0, 175.0);
        String table = CliRun.of("gait", "--speed", "3.5", "--grade", "-8", "--mass", "60")
                .out();
        assertThat(table).contains("grade -8.0 %", "body mass 60 kg", "vastus-lateralis", "soleus", "PHASES");
        assertThat(table).containsPattern("semimembranosus .* IC\\.\\.\\.\\.\\.E\\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--speed 0|--speed must be above 0 m/s",
                "--speed -2|--speed must be above 0 m/s",
                "--speed 12.5|--speed 12.5 is outside 0.5 to 12 m/s",
                "--speed 3 --grade 46|--grade 46 is outside -45 to 45 %",
                "--speed 3 --grade -50|--grade -50 is outside -45 to 45 %",
                "--speed 3 --cadence 59|--cadence 59 is outside 60 to 260 steps/min",
                "--speed 3 --cadence 261|--cadence 261 is outside 60 to 260 steps/min",
                "--speed 3 --mass 19|--mass 19 is outside 20 to 250 kg",
                "--speed 3 --mass 251|--mass 251 is outside 20 to 250 kg",
                "--pace fast|pace 'fast' is not minutes:seconds",
                "--speed 3 --pace 4:00|give --speed or --pace, not both",
                "--speed abc|Invalid value for option '--speed'"
            })
    void absurdValuesGetOneLineAndExitTwo(String args, String message) {
        CliRun run = CliRun.of(("gait " + args).split(" "));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement().asString().contains(message);
        assertThat(run.out()).isEmpty();
    }
}
