package health.hipspine.content.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import health.hipspine.contract.content.ConditionView;
import health.hipspine.contract.content.ContentPage;
import health.hipspine.contract.content.EducationView;
import health.hipspine.contract.content.ExerciseView;
import health.hipspine.contract.content.ReleaseView;
import health.hipspine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The declared read schemas (common/content-contract) are the wire: every read endpoint's JSON, in both
 * languages, reads into its record with unknown fields forbidden. A field the service starts to emit
 * without a record component fails here, so the OpenAPI document cannot drift from the responses.
 */
@QuarkusTest
class ReadContractTest {

    /** Strict: unknown fields fail even though the records ignore them for readers. */
    static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated a) {
                    return super.findPropertyIgnoralByName(config, a).withoutIgnoreUnknown();
                }
            });

    static String read(String path, String language) {
        return given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_A)).header("Accept-Language", language)
                .when().get(path).then().statusCode(200).extract().asString();
    }

    static <T> T strict(String json, TypeReference<T> type) {
        try {
            return STRICT.readValue(json, type);
        } catch (Exception e) {
            throw new AssertionError("the wire no longer matches its declared schema: " + e.getMessage(), e);
        }
    }

    @Test
    void everyReadEndpointReadsIntoItsRecordWithUnknownFieldsForbidden() {
        for (String language : List.of("en", "es")) {
            ConditionView condition = strict(read("/api/v1/conditions/lumbar-spinal-stenosis", language), new TypeReference<>() { });
            assertThat(condition.code()).isEqualTo("lumbar-spinal-stenosis");
            assertThat(condition.language()).isEqualTo(language);
            assertThat(condition.exercisesToAvoid()).isNotEmpty();

            ExerciseView exercise = strict(read("/api/v1/exercises/bridge", language), new TypeReference<>() { });
            assertThat(exercise.code()).isEqualTo("bridge");
            assertThat(exercise.dosage().text()).isNotBlank();
            assertThat(exercise.steps()).isNotEmpty();
            assertThat(exercise.imageUrl()).isEqualTo("/api/v1/exercises/bridge/image");
            assertThat(exercise.imageAlt()).isNotBlank();
            assertThat(exercise.phase()).isEqualTo("strength");
            ExerciseView clamshell = strict(read("/api/v1/exercises/clamshell", language), new TypeReference<>() { });
            assertThat(clamshell.watch()).extracting(ExerciseView.Watch::conditionCode)
                    .containsExactly("greater-trochanteric-pain-syndrome"); // in its own target: watched, not excluded
            assertThat(clamshell.watch().getFirst().text()).isNotBlank().doesNotContain("\"en\"");
            assertThat(clamshell.contraindications()).isEmpty();

            String topicCode = strict(read("/api/v1/education?size=1", language),
                    new TypeReference<ContentPage<EducationView>>() { }).items().getFirst().code();
            EducationView topic = strict(read("/api/v1/education/" + topicCode, language), new TypeReference<>() { });
            assertThat(topic.body()).isNotEmpty();

            ContentPage<ExerciseView> forCondition = strict(read("/api/v1/conditions/hip-osteoarthritis/exercises?size=100",
                    language), new TypeReference<>() { });
            assertThat(forCondition.items()).isNotEmpty();
            assertThat(forCondition.release()).isEqualTo("2026.12.0");
            assertThat(forCondition.language()).isEqualTo(language);

            // Every record of every kind, through the list endpoints (contraindications, mapping notes, null dosages).
            assertThat(strict(read("/api/v1/conditions?size=100", language),
                    // at least the 30 seeded: other tests in this module (the fuzz test, editor tests) may add records
                    new TypeReference<ContentPage<ConditionView>>() { }).total()).isGreaterThanOrEqualTo(30);
            assertThat(strict(read("/api/v1/exercises?size=100&includeRetired=true", language),
                    new TypeReference<ContentPage<ExerciseView>>() { }).items()).isNotEmpty();
            assertThat(strict(read("/api/v1/education?size=100&includeRetired=true", language),
                    new TypeReference<ContentPage<EducationView>>() { }).items()).isNotEmpty();
            strict(read("/api/v1/exercises/bridge/progressions", language), new TypeReference<ContentPage<ExerciseView>>() { });

            ReleaseView release = strict(read("/api/v1/release", language), new TypeReference<>() { });
            assertThat(release).isEqualTo(new ReleaseView("2026.12.0", language));
        }
    }

    @Test
    void theStrictReaderReallyRejectsAnUnknownField() {
        assertThatThrownBy(() -> STRICT.readValue("{\"release\":\"r\",\"language\":\"en\",\"extra\":1}", ReleaseView.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> STRICT.readValue("{\"code\":\"c\",\"dosage\":{\"extra\":1}}", ExerciseView.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void thePageSchemasOfTheOpenApiDocumentAreTheContractsEnvelope() {
        List<String> envelope = components(ContentPage.class);
        for (Class<?> page : List.of(ResponseSchemas.ConditionPage.class, ResponseSchemas.ExercisePage.class,
                ResponseSchemas.EducationPage.class)) {
            assertThat(components(page)).as(page.getSimpleName()).isEqualTo(envelope);
        }
    }

    @Test
    void theOpenApiDocumentDeclaresTheRecordsAsTheReadResponses() throws Exception {
        JsonNode openapi = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        assertThat(schemaOf(openapi, "/api/v1/conditions/{code}")).endsWith("/ConditionView");
        assertThat(schemaOf(openapi, "/api/v1/exercises/{code}")).endsWith("/ExerciseView");
        assertThat(schemaOf(openapi, "/api/v1/education/{code}")).endsWith("/EducationView");
        assertThat(schemaOf(openapi, "/api/v1/release")).endsWith("/ReleaseView");
        assertThat(schemaOf(openapi, "/api/v1/conditions/{code}/exercises")).endsWith("/ExercisePage");
        assertThat(openapi.at("/components/schemas/ExerciseView/properties/dosage").toString()).contains("DosageView");
        assertThat(openapi.at("/components/schemas/ExercisePage/properties/items").toString()).contains("ExerciseView");
    }

    private static String schemaOf(JsonNode openapi, String path) {
        return openapi.path("paths").path(path).path("get").path("responses").path("200").path("content")
                .path("application/json").path("schema").path("$ref").asText();
    }

    /** Names and erased types, in order (ContentPage's items is a List of T, the page schemas' a List of a view). */
    private static List<String> components(Class<?> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName() + ":" + c.getType().getSimpleName())
                .toList();
    }
}
