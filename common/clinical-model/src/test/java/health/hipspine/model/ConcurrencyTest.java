package health.hipspine.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static health.hipspine.model.Presentations.patient;
import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest {

    @Test
    void oneSharedModelGivesTheSameResultsFromManyThreads() throws Exception {
        List<AssessmentInput> inputs = List.of(
                patient(66, Sex.FEMALE).yes("pain.groin", "aggravated.squatting", "test.scour", "test.hip-extension-pain")
                        .value("rom.hip.internal-rotation", 15).input(),
                patient(45, Sex.MALE).yes("redflag.saddle-anaesthesia", "test.slr", "test.slump").input(),
                patient(74, Sex.MALE).yes("pain.bilateral-legs", "pain.leg-dominant", "relieved.sitting").input());
        List<ModelResult> expected = inputs.stream().map(i -> ClinicalModel.standard().assess(i)).toList();

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> runs = IntStream.range(0, 400).mapToObj(n -> pool.submit(() ->
                    ClinicalModel.standard().assess(inputs.get(n % 3)).equals(expected.get(n % 3)))).toList();
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        }
    }
}
