package health.hipspine.kit.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemsTest {

    @Test
    void theSlugsClientsSwitchOnBeforeTheKitAreKept() {
        assertThat(Problems.INVALID_SUBMISSION).hasToString("https://hipspine.health/problems/invalid-submission");
        assertThat(Problems.IDEMPOTENCY_KEY_REUSED).hasToString("https://hipspine.health/problems/idempotency-key-reused");
        assertThat(Problems.NO_CLINIC).hasToString("https://hipspine.health/problems/no-clinic");
        assertThat(Problems.NOT_FOUND).hasToString("https://hipspine.health/problems/not-found");
    }

    @Test
    void anInvalidParameterNamesItInFieldAndInViolations() {
        HttpProblem p = Problems.invalidParameter("size", "must be an integer");
        assertThat(p.getStatusCode()).isEqualTo(400);
        assertThat(p.getType()).isEqualTo(Problems.INVALID_PARAMETER);
        assertThat(p.getDetail()).isEqualTo("size must be an integer");
        assertThat(p.getParameters()).containsEntry("field", "size")
                .containsEntry("violations", List.of(new Violation("size", "must be an integer")));
    }

    @Test
    void aBodyThatBreaksTheRulesIs422WithEveryViolation() {
        HttpProblem p = Problems.invalidSubmission(List.of(new Violation("findings[2].value", "must not be null"),
                new Violation("patientRef", "must not be blank")));
        assertThat(p.getStatusCode()).isEqualTo(422);
        assertThat(p.getType()).isEqualTo(Problems.INVALID_SUBMISSION);
        assertThat((List<?>) p.getParameters().get("violations")).hasSize(2);
    }

    @Test
    void eachFactoryAnswersItsStatusWithItsOwnType() {
        assertThat(List.of(Problems.noClinic(), Problems.notFound("report"), Problems.preconditionFailed("stale"),
                Problems.preconditionRequired("If-Match missing"), Problems.conflict("taken"), Problems.payloadTooLarge(10),
                Problems.unreadableBody("", "is not valid JSON"), Problems.idempotencyKeyReused()))
                .extracting(HttpProblem::getStatusCode, p -> p.getType().toString().substring(Problems.BASE.length()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(403, "no-clinic"),
                        org.assertj.core.groups.Tuple.tuple(404, "not-found"),
                        org.assertj.core.groups.Tuple.tuple(412, "precondition-failed"),
                        org.assertj.core.groups.Tuple.tuple(428, "precondition-required"),
                        org.assertj.core.groups.Tuple.tuple(409, "conflict"),
                        org.assertj.core.groups.Tuple.tuple(413, "payload-too-large"),
                        org.assertj.core.groups.Tuple.tuple(400, "invalid-submission"),
                        org.assertj.core.groups.Tuple.tuple(422, "idempotency-key-reused"));
    }

    @Test
    void tooManyRequestsSaysWhenToComeBackInWholeSeconds() {
        var problem = Problems.tooManyRequests("budget spent", java.time.Duration.ofMillis(1500));
        assertThat(problem.getStatusCode()).isEqualTo(429);
        assertThat(problem.getType().toString()).endsWith("/too-many-requests");
        assertThat(problem.getHeaders()).containsEntry("Retry-After", 2L);
    }

    @Test
    void everyTypeIsUnderTheOneBase() throws IllegalAccessException {
        for (var field : Problems.class.getFields()) {
            if (field.getType() == URI.class) {
                assertThat(field.get(null).toString()).startsWith(Problems.BASE);
            }
        }
    }

    // ---- parameter converters: the name comes from the parameter's annotation

    @SuppressWarnings("unused")
    void endpoint(@QueryParam("size") @DefaultValue("20") int size, @PathParam("id") UUID id,
                  @QueryParam("from") LocalDate from, @QueryParam("action") Thread.State state) {
    }

    private static Annotation[] annotationsOf(int parameter) throws NoSuchMethodException {
        return ProblemsTest.class.getDeclaredMethod("endpoint", int.class, UUID.class, LocalDate.class, Thread.State.class)
                .getParameterAnnotations()[parameter];
    }

    @Test
    void anUnparseableNumberFailsNamingTheQueryParameter() throws NoSuchMethodException {
        ParamConverter<Integer> size = new ParameterConverters().getConverter(int.class, int.class, annotationsOf(0));
        assertThat(size.fromString(" 42")).isEqualTo(42);
        assertThatThrownBy(() -> size.fromString("abc")).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("size"));
    }

    @Test
    void anUnparseableUuidDateOrConstantFailsNamingItsParameter() throws NoSuchMethodException {
        ParameterConverters converters = new ParameterConverters();
        assertThatThrownBy(() -> converters.getConverter(UUID.class, UUID.class, annotationsOf(1)).fromString("x"))
                .hasMessage("id must be a UUID");
        assertThatThrownBy(() -> converters.getConverter(LocalDate.class, LocalDate.class, annotationsOf(2)).fromString("2026-13-01"))
                .hasMessage("from must be an ISO date (yyyy-MM-dd)");
        ParamConverter<Thread.State> state = converters.getConverter(Thread.State.class, Thread.State.class, annotationsOf(3));
        assertThat(state.fromString("runnable")).isEqualTo(Thread.State.RUNNABLE);
        assertThatThrownBy(() -> state.fromString("sleeping")).hasMessageStartingWith("action must be one of NEW, RUNNABLE");
    }

    @Test
    void typesTheKitDoesNotParseAreLeftToQuarkus() {
        assertThat(new ParameterConverters().getConverter(java.math.BigDecimal.class, java.math.BigDecimal.class, new Annotation[0])).isNull();
    }

    @Test
    void textKeepsEverythingButNul() throws Exception {
        ParamConverter<String> text = new ParameterConverters().getConverter(String.class, String.class, annotationsOf(1));
        assertThat(text.fromString(" a\tb\u0007é ")).isEqualTo(" a\tb\u0007é ");
        assertThatThrownBy(() -> text.fromString("a\u0000")).hasMessage("id must not contain the NUL character");
    }
}
