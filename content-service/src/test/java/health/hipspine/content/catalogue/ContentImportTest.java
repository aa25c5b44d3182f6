package health.hipspine.content.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.hipspine.content.domain.ContentKind;
import health.hipspine.content.repository.ContentEntity;
import health.hipspine.content.repository.ContentRepository;
import health.hipspine.content.service.ContentImport;
import health.hipspine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The start-up import is idempotent, applies newer file versions, and never overwrites an editor's work. */
@QuarkusTest
class ContentImportTest {

    @Inject
    ContentImport contentImport;
    @Inject
    ContentRepository repository;
    @Inject
    ObjectMapper json;

    @Test
    void importingTheSameReleaseAgainChangesNothing() {
        ContentImport.Summary again = contentImport.importRelease();
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isGreaterThanOrEqualTo(17 + 43 + 6);
    }

    @Test
    void aNewerFileVersionReplacesAnUneditedRecord() {
        ObjectNode newer = fileRecord(ContentKind.EDUCATION, "exercising-with-pain", 3);
        ((ObjectNode) newer.get("summary")).put("en", "Revised summary from release 2026.13.0.");
        ContentImport.Summary summary = contentImport.apply("2026.13.0", Map.of(ContentKind.EDUCATION, List.of(newer),
                ContentKind.CONDITION, List.of(), ContentKind.EXERCISE, List.of()));
        assertThat(summary.updated()).isEqualTo(1);
        given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_A)).get("/api/v1/education/exercising-with-pain")
                .then().statusCode(200).body("version", equalTo(3))
                .body("summary", equalTo("Revised summary from release 2026.13.0."));
        contentImport.apply("2026.12.0", Map.of(ContentKind.EDUCATION, List.of(), ContentKind.CONDITION, List.of(),
                ContentKind.EXERCISE, List.of())); // restore the release name for other tests
    }

    @Test
    void aNewerFileVersionNeverOverwritesAnEditorsChange() {
        String editor = TestTokens.contentEditor();
        ObjectNode source = given().auth().oauth2(editor).get("/api/v1/education/posture-and-load/source")
                .then().statusCode(200).extract().as(ObjectNode.class);
        ((ObjectNode) source.get("name")).put("en", "Posture, load and moving often (edited)");
        given().auth().oauth2(editor).contentType(ContentType.JSON).header("If-Match", "\"v2\"").body(source.toString())
                .put("/api/v1/education/posture-and-load").then().statusCode(200).body("version", equalTo(3));

        ObjectNode file = fileRecord(ContentKind.EDUCATION, "posture-and-load", 4);
        ContentImport.Summary summary = contentImport.apply("2026.12.0", Map.of(ContentKind.EDUCATION, List.of(file),
                ContentKind.CONDITION, List.of(), ContentKind.EXERCISE, List.of()));
        assertThat(summary.conflicts()).isEqualTo(1);
        assertThat(summary.updated()).isZero();
        given().auth().oauth2(editor).get("/api/v1/education/posture-and-load").then()
                .body("name", equalTo("Posture, load and moving often (edited)")).body("version", equalTo(3));
        given().auth().oauth2(editor).queryParam("code", "posture-and-load").queryParam("action", "import")
                .get("/api/v1/audit").then().statusCode(200).body("items[0].outcome", equalTo("conflict"))
                .body("items[0].version", equalTo(4));
    }

    private ObjectNode fileRecord(ContentKind kind, String code, int version) {
        ContentEntity stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> repository.find(kind, code).orElseThrow());
        ObjectNode file = stored.document.deepCopy();
        file.put("version", version);
        return file;
    }
}
