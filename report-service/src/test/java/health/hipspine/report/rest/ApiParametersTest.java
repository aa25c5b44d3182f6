package health.hipspine.report.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiParametersTest {

    private static void rejects(Runnable parse, String field) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(HttpProblem.class, p -> {
            assertThat(p.getStatusCode()).isEqualTo(400);
            assertThat(p.getParameters()).containsEntry("field", field);
        });
    }

    @Test
    void wellFormedValuesParseAndAbsentOnesFallBack() {
        UUID id = UUID.randomUUID();
        assertThat(ApiParameters.requiredUuid("id", id.toString())).isEqualTo(id);
        assertThat(ApiParameters.uuid("assessmentId", null)).isNull();
        assertThat(ApiParameters.date("from", "2026-11-20")).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(ApiParameters.integer("size", null, 20, 1, 100)).isEqualTo(20);
        assertThat(ApiParameters.integer("version", null, null, 1, 10)).isNull();
        assertThat(ApiParameters.integer("page", "3", 0, 0, 10)).isEqualTo(3);
    }

    @Test
    void everyMalformedOrOutOfRangeValueIs400NamingTheParameter() {
        rejects(() -> ApiParameters.requiredUuid("id", "not-a-uuid"), "id");
        rejects(() -> ApiParameters.date("from", "yesterday"), "from");
        rejects(() -> ApiParameters.instant("to", "2026-11-20"), "to");
        rejects(() -> ApiParameters.integer("size", "abc", 20, 1, 100), "size");
        rejects(() -> ApiParameters.integer("size", "1000", 20, 1, 100), "size");
        rejects(() -> ApiParameters.integer("version", "0", null, 1, 10_000), "version");
    }
}
