package health.hipspine.model.benchmark;

import health.hipspine.model.AssessmentInput;
import health.hipspine.model.ClinicalModel;
import health.hipspine.model.Finding;
import health.hipspine.model.ModelResult;
import health.hipspine.model.Questionnaires;
import health.hipspine.model.Sex;
import health.hipspine.model.Side;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of {@link ClinicalModel#assess} alone (validation + triage + differential + questionnaires + texts).
 * Not a test: run with the command in the module README.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessBenchmark {

    private final ClinicalModel model = ClinicalModel.standard();

    /** A full hip-spine presentation: 24 findings, all questionnaires. */
    private final AssessmentInput typical = new AssessmentInput(71, Sex.FEMALE, List.of(
            Finding.positive("pain.groin").withSide(Side.RIGHT), Finding.positive("pain.low-back"),
            Finding.positive("pain.bilateral-legs"), Finding.negative("pain.leg-dominant"),
            Finding.positive("aggravated.squatting"), Finding.positive("aggravated.walking-standing"),
            Finding.positive("relieved.sitting"), Finding.positive("relieved.bending-forward"),
            Finding.number("morning-stiffness-minutes", 20), Finding.number("rom.hip.internal-rotation", 18).withSide(Side.RIGHT),
            Finding.positive("test.scour").withSide(Side.RIGHT), Finding.positive("test.hip-extension-pain").withSide(Side.RIGHT),
            Finding.negative("test.hip-flexion-lateral-pain").withSide(Side.RIGHT), Finding.positive("test.fadir").withSide(Side.RIGHT),
            Finding.negative("test.slr").withSide(Side.RIGHT), Finding.negative("test.slump").withSide(Side.RIGHT),
            Finding.negative("test.sij-distraction"), Finding.negative("test.sij-thigh-thrust").withSide(Side.RIGHT),
            Finding.negative("test.sij-compression"), Finding.negative("test.sij-sacral-thrust"),
            Finding.negative("test.single-leg-stance-30s").withSide(Side.RIGHT), Finding.positive("redflag.night-pain"),
            Finding.negative("redflag.saddle-anaesthesia"), Finding.positive("gait.wide-based")),
            new Questionnaires(Arrays.asList(3, 2, 2, 3, 2, null, 2, 1, 2, 3), List.of(1, 1, 0, 1, 0, 1, 0, 0, 2), 6));

    private final AssessmentInput minimal = new AssessmentInput(40, Sex.MALE, List.of(Finding.positive("pain.low-back")));

    @Benchmark
    @Threads(1)
    public ModelResult typicalOneThread() {
        return model.assess(typical);
    }

    @Benchmark
    @Threads(2)
    public ModelResult typicalTwoThreads() {
        return model.assess(typical);
    }

    @Benchmark
    @Threads(1)
    public ModelResult minimalOneThread() {
        return model.assess(minimal);
    }
}
