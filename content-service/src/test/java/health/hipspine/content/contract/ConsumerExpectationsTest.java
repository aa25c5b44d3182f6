package health.hipspine.content.contract;

import health.hipspine.contract.content.ConditionView;
import health.hipspine.contract.content.ExerciseView;
import health.hipspine.contract.content.ReleaseView;
import health.hipspine.testing.contract.ApiContracts;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the other services read from this one, checked against the committed contract docs/openapi/content-service.yaml:
 * a change here that would break report-service or assessment-service fails this build, not theirs at run time.
 * The expectations are their REST clients: report-service's {@code ContentApi} (exercise as content-contract
 * {@link ExerciseView}, finding as {@code FindingName(code, name)}) and assessment-service's
 * {@code ContentServiceApi} (release, condition, a condition's exercise page with {@code size}).
 * Not checked yet: report-service's read of a finding ({@code FindingName(code, name)}), because GET
 * /api/v1/findings/{code} declares its 200 body without a schema (docs/openapi/README.md, "Not done yet").
 */
class ConsumerExpectationsTest {

    final OpenAPI contract = ApiContracts.parse(ApiContracts.committed("content-service"));

    @Test
    void reportServiceReadsAnExerciseAsTheContentContractRecord() {
        assertFieldsOf(ExerciseView.class, ok(get("/api/v1/exercises/{code}")), "GET /api/v1/exercises/{code}");
        assertThat(headerParameters(get("/api/v1/exercises/{code}"))).as("no required header beyond Accept-Language")
                .allMatch(p -> !Boolean.TRUE.equals(p.getRequired()));
    }

    @Test
    void assessmentServiceReadsTheReleaseAConditionAndAConditionsExercisePage() {
        assertFieldsOf(ReleaseView.class, ok(get("/api/v1/release")), "GET /api/v1/release");
        assertFieldsOf(ConditionView.class, ok(get("/api/v1/conditions/{code}")), "GET /api/v1/conditions/{code}");
        Operation page = get("/api/v1/conditions/{code}/exercises");
        assertThat(page.getParameters()).extracting(Parameter::getName).contains("size");
        Map<String, Schema> envelope = properties(ok(page));
        assertThat(envelope.keySet()).contains("items", "total", "page", "size", "language", "release");
        assertFieldsOf(ExerciseView.class, envelope.get("items").getItems(), "GET /api/v1/conditions/{code}/exercises items");
    }

    private Operation get(String path) {
        PathItem item = contract.getPaths().get(path);
        assertThat(item).as(path + " in the content contract").isNotNull();
        assertThat(item.getGet()).as("GET " + path).isNotNull();
        return item.getGet();
    }

    private Schema<?> ok(Operation operation) {
        Schema<?> schema = operation.getResponses().get("200").getContent().get("application/json").getSchema();
        return resolve(schema);
    }

    private Schema<?> resolve(Schema<?> schema) {
        if (schema != null && schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            return contract.getComponents().getSchemas().get(name);
        }
        return schema;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Map<String, Schema> properties(Schema<?> schema) {
        Schema<?> resolved = resolve(schema);
        assertThat(resolved.getProperties()).as("properties of " + schema.get$ref()).isNotNull();
        return (Map) resolved.getProperties();
    }

    /** Every component of the consumer's record is a property of the contract's schema, nested records too. */
    private void assertFieldsOf(Class<?> record, Schema<?> schema, String where) {
        Map<String, Schema> properties = properties(schema);
        for (RecordComponent component : record.getRecordComponents()) {
            assertThat(properties).as(where + " needs " + record.getSimpleName() + "." + component.getName())
                    .containsKey(component.getName());
            Class<?> type = component.getType();
            if (type.isRecord()) {
                assertFieldsOf(type, properties.get(component.getName()), where + "." + component.getName());
            } else if (List.class.isAssignableFrom(type) && component.getGenericType() instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                assertFieldsOf(element, resolve(properties.get(component.getName())).getItems(),
                        where + "." + component.getName() + "[]");
            }
        }
    }

    private static List<Parameter> headerParameters(Operation operation) {
        List<Parameter> headers = new ArrayList<>();
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> "header".equals(p.getIn())).forEach(headers::add);
        }
        return headers;
    }
}
