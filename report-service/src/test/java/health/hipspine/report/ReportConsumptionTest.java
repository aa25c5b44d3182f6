package health.hipspine.report;

import health.hipspine.testing.contract.MalformedRequests;
import health.hipspine.testing.ManagementInterface;
import health.hipspine.testing.ObservabilityFiles;
import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.events.AssessmentEvents;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Events on the real broker become reports in the real database: once, and poison does not stop the flow. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class ReportConsumptionTest extends ReportTestBase {

    @Test
    void publishedEventBecomesAReadyReportWithPatientTriageTopCategoryAndExercisesThatPassesVeraPdf() {
        AssessmentCompletedV1 event = event(TestTokens.CLINIC_A, "PT-1001");
        PUBLISHER.publish(event);
        String id = awaitReady(event);

        given().auth().oauth2(CLINICIAN_A).get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("clinicId", equalTo("clinic-a"))
                .body("patientRef", equalTo("PT-1001"))
                .body("triageLevel", equalTo("URGENT"))
                .body("topCategory", equalTo("HIP_INTRA_ARTICULAR"))
                .body("currentVersion", equalTo(1))
                .body("versions[0].kind", equalTo("CLINICIAN"))
                // the content service is not running in tests: the report says it printed the event's own data
                .body("versions[0].contentComplete", equalTo(false));
        byte[] pdf = pdf(CLINICIAN_A, id);
        assertThat(PdfChecks.text(pdf)).contains("PT-1001", "URGENT", "Hip joint (intra-articular)", "Bridge", "Sciatic nerve glide",
                "Kneeling hip flexor stretch", "could not be loaded from the content catalogue");
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void redeliveredAndRepeatedEventsLeaveOneReportPerAssessment() {
        AssessmentCompletedV1 event = event(TestTokens.CLINIC_A, "PT-1002");
        byte[] data = EventPublisher.json(event);
        String key = event.assessmentId().toString();
        String ceId = UUID.randomUUID().toString();
        PUBLISHER.publish(AssessmentEvents.TOPIC, ceId, AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1, key, "clinic-a", data);
        PUBLISHER.publish(AssessmentEvents.TOPIC, ceId, AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1, key, "clinic-a", data);
        // a re-publication with a new event id (e.g. an outbox relay retry) is still the same assessment
        PUBLISHER.publish(event);
        String id = awaitReady(event);
        // a later event proves the duplicates behind it were consumed too
        AssessmentCompletedV1 marker = event(TestTokens.CLINIC_A, "PT-1002-marker");
        PUBLISHER.publish(marker);
        awaitReady(marker);

        given().auth().oauth2(CLINICIAN_A).queryParam("assessmentId", key).get("/api/v1/reports").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(CLINICIAN_A).queryParam("patientRef", "PT-1002").get("/api/v1/reports").then().statusCode(200)
                .body("total", equalTo(1));
        given().auth().oauth2(CLINICIAN_A).get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("currentVersion", equalTo(1)).body("versions.size()", equalTo(1));
    }

    @Test
    void poisonEventsGoToTheDeadLetterTopicWithTheirReasonWhileTheNextGoodEventIsProcessed() {
        String garbageId = UUID.randomUUID().toString();
        String wrongTypeId = UUID.randomUUID().toString();
        String missingDataId = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        PUBLISHER.publish(AssessmentEvents.TOPIC, garbageId, AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1, key, "clinic-a",
                "{not json".getBytes(StandardCharsets.UTF_8));
        PUBLISHER.publish(AssessmentEvents.TOPIC, wrongTypeId, "health.hipspine.assessment.completed.v2", key, "clinic-a",
                EventPublisher.json(event(TestTokens.CLINIC_A, "PT-x")));
        AssessmentCompletedV1 noPatient = SampleEvents.typical(UUID.randomUUID(), "clinic-a", null);
        PUBLISHER.publish(AssessmentEvents.TOPIC, missingDataId, AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1,
                noPatient.assessmentId().toString(), "clinic-a", EventPublisher.json(noPatient));
        AssessmentCompletedV1 good = event(TestTokens.CLINIC_A, "PT-1003");
        PUBLISHER.publish(good);

        awaitReady(good);
        List<ConsumerRecord<String, byte[]>> letters = Await.until("three dead letters", Duration.ofSeconds(30), () -> {
            List<ConsumerRecord<String, byte[]>> found = readDeadLetters().stream()
                    .filter(r -> List.of(garbageId, wrongTypeId, missingDataId).contains(header(r, "ce_id"))).toList();
            return found.size() == 3 ? found : null;
        });
        assertThat(letters).extracting(r -> header(r, "dead-letter-reason")).containsExactlyInAnyOrder(
                "event data is not a valid AssessmentCompletedV1 JSON document (JsonParseException)",
                "unsupported ce_type: health.hipspine.assessment.completed.v2",
                "required field missing: patientRef");
        assertThat(letters).allSatisfy(r -> assertThat(header(r, "dead-letter-topic")).isEqualTo(AssessmentEvents.TOPIC));

        given().auth().oauth2(TestTokens.admin()).get("/api/v1/admin/dead-letters").then().statusCode(200)
                .body("eventId", hasItem(wrongTypeId))
                .body("reason", hasItem("unsupported ce_type: health.hipspine.assessment.completed.v2"));
        // no API path exists to a report of the poison assessment
        given().auth().oauth2(CLINICIAN_A).get("/api/v1/assessments/{id}/report", noPatient.assessmentId()).then().statusCode(404);
    }

    @Test
    void aReDrivenDeadLetterThatFailedForATransientReasonBecomesAReport() {
        // as the connector would have written it after the retries ran out (e.g. the database was down)
        AssessmentCompletedV1 event = event(TestTokens.CLINIC_A, "PT-1004");
        String ceId = UUID.randomUUID().toString();
        PUBLISHER.publish("assessment-events.dlq", ceId, AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1,
                event.assessmentId().toString(), "clinic-a", EventPublisher.json(event));
        String letterId = Await.until("the letter listed", Duration.ofSeconds(20), () -> {
            List<String> ids = given().auth().oauth2(TestTokens.admin()).get("/api/v1/admin/dead-letters")
                    .then().statusCode(200).extract().path("findAll { it.eventId == '" + ceId + "' }.id");
            return ids.isEmpty() ? null : ids.get(0);
        });

        given().auth().oauth2(TestTokens.admin()).post("/api/v1/admin/dead-letters/{id}/redrive", letterId).then().statusCode(202)
                .body("eventId", equalTo(ceId)).body("redrivenBy", equalTo("admin"));
        awaitReady(event);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/admin/dead-letters").then().statusCode(200)
                .body("find { it.id == '" + letterId + "' }.redrivenBy", equalTo("admin"));
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/admin/dead-letters/{id}/redrive", "0-999999").then().statusCode(404);
    }

    @Test
    @MalformedRequests("a null id and a control character in the bulk re-drive body, to prove the 422")
    void deadLettersArePagedFromTheIndexAndAnAdminReDrivesThemInBulk() {
        // two letters as an outage used to leave them, and a third that is not for re-drive
        AssessmentCompletedV1 first = event(TestTokens.CLINIC_A, "PT-1006");
        AssessmentCompletedV1 second = event(TestTokens.CLINIC_B, "PT-1007");
        List<String> ceIds = new ArrayList<>();
        for (AssessmentCompletedV1 e : List.of(first, second)) {
            String ceId = UUID.randomUUID().toString();
            ceIds.add(ceId);
            PUBLISHER.publish("assessment-events.dlq", ceId, AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1,
                    e.assessmentId().toString(), e.clinicId(), EventPublisher.json(e));
        }
        List<String> letterIds = Await.until("both letters indexed", Duration.ofSeconds(30), () -> {
            List<String> ids = given().auth().oauth2(TestTokens.admin()).queryParam("status", "DEAD").queryParam("limit", 1000)
                    .get("/api/v1/admin/dead-letters").then().statusCode(200)
                    .extract().path("findAll { it.eventId in ['" + ceIds.get(0) + "', '" + ceIds.get(1) + "'] }.id");
            return ids.size() == 2 ? ids : null;
        });

        // one letter per page, newest first; the total and the next page are in the headers
        io.restassured.response.Response page0 = given().auth().oauth2(TestTokens.admin()).queryParam("limit", 1)
                .get("/api/v1/admin/dead-letters");
        page0.then().statusCode(200).body("size()", equalTo(1)).header("Link", org.hamcrest.Matchers.containsString("page=1"));
        int total = Integer.parseInt(page0.header("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(2);
        String onPage1 = given().auth().oauth2(TestTokens.admin()).queryParam("limit", 1).queryParam("page", 1)
                .get("/api/v1/admin/dead-letters").then().statusCode(200).body("size()", equalTo(1)).extract().path("[0].id");
        assertThat(onPage1).isNotEqualTo(page0.<String>path("[0].id"));
        given().auth().oauth2(TestTokens.admin()).queryParam("limit", 1).queryParam("page", total)
                .get("/api/v1/admin/dead-letters").then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).queryParam("page", -1).get("/api/v1/admin/dead-letters").then().statusCode(400);

        given().auth().oauth2(CLINICIAN_A).contentType("application/json").body("{\"ids\":[]}")
                .post("/api/v1/admin/dead-letters/redrive").then().statusCode(403);
        // PostgreSQL refuses NUL in text: a control character is the client's mistake, never a 500 (the fuzzer found it)
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{\"reasonContains\":\"data\\u0000base\"}")
                .post("/api/v1/admin/dead-letters/redrive").then().statusCode(422)
                .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("reasonContains")));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{\"ids\":[null]}")
                .post("/api/v1/admin/dead-letters/redrive").then().statusCode(422);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"ids\":[\"" + letterIds.get(0) + "\",\"" + letterIds.get(1) + "\",\"0-999999\"]}")
                .post("/api/v1/admin/dead-letters/redrive").then().statusCode(202)
                .body("redriven.id", org.hamcrest.Matchers.containsInAnyOrder(letterIds.toArray()))
                .body("redriven.redrivenBy", org.hamcrest.Matchers.everyItem(equalTo("admin")))
                .body("skipped", org.hamcrest.Matchers.contains("0-999999"));
        awaitReady(first);
        awaitReady(second);
        given().auth().oauth2(TestTokens.admin()).queryParam("status", "REDRIVEN").queryParam("limit", 1000)
                .get("/api/v1/admin/dead-letters").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItems(letterIds.toArray()));
        given().auth().oauth2(TestTokens.admin()).queryParam("resourceId", letterIds.get(0)).get("/api/v1/admin/audit")
                .then().statusCode(200).body("items.action", hasItem("REDRIVE"));
    }

    @Test
    void aLetterThatCameBackAfterAReDriveIsLeftOutOfTheNextBulkReDrive() {
        // still poison after a re-drive: re-driving it again in bulk would only feed the topic (the fuzzer grew it to 14,726)
        String ceId = UUID.randomUUID().toString();
        PUBLISHER.publish(AssessmentEvents.TOPIC, ceId, AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1, UUID.randomUUID().toString(),
                "clinic-a", "{still not json".getBytes(StandardCharsets.UTF_8));
        String first = awaitLetters(ceId, 1).get(0);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{\"ids\":[\"" + first + "\"]}")
                .post("/api/v1/admin/dead-letters/redrive").then().statusCode(202).body("redriven.id", org.hamcrest.Matchers.contains(first));
        String cameBack = awaitLetters(ceId, 2).stream().filter(id -> !id.equals(first)).findFirst().orElseThrow();
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/admin/dead-letters").then().statusCode(200)
                .body("find { it.id == '" + cameBack + "' }.redriveOf", equalTo(first));

        List<String> bulk = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"reasonContains\":\"JsonParseException\",\"max\":1000}")
                .post("/api/v1/admin/dead-letters/redrive").then().statusCode(202).extract().path("redriven.id");
        assertThat(bulk).doesNotContain(cameBack);
        // named, it is still re-driven: the admin may have fixed the cause
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{\"ids\":[\"" + cameBack + "\"]}")
                .post("/api/v1/admin/dead-letters/redrive").then().statusCode(202).body("redriven.id", org.hamcrest.Matchers.contains(cameBack));
    }

    private static List<String> awaitLetters(String ceId, int count) {
        return Await.until(count + " letter(s) of " + ceId, Duration.ofSeconds(30), () -> {
            List<String> ids = given().auth().oauth2(TestTokens.admin()).queryParam("limit", 1000).get("/api/v1/admin/dead-letters")
                    .then().statusCode(200).extract().path("findAll { it.eventId == '" + ceId + "' }.id");
            return ids.size() >= count ? ids : null;
        });
    }

    @Test
    void anExerciseTextWithABellCharacterStillRendersAReadyReportAndAHandout() {
        // ROUTINE: an URGENT handout puts the exercises on hold and prints none
        AssessmentCompletedV1 event = SampleEvents.typical(UUID.randomUUID(), TestTokens.CLINIC_A, "PT-1008", "ROUTINE");
        // the content service is down in tests, so the report prints the event's own exercise names
        String json = new String(EventPublisher.json(event), StandardCharsets.UTF_8).replace("\"Bridge\"", "\"Bri\\u0007dge\"");
        assertThat(json).contains("\\u0007");
        PUBLISHER.publish(AssessmentEvents.TOPIC, UUID.randomUUID().toString(), AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1,
                event.assessmentId().toString(), "clinic-a", json.getBytes(StandardCharsets.UTF_8));
        String id = awaitReady(event);
        assertThat(PdfChecks.text(pdf(CLINICIAN_A, id))).contains("Bridge");
        byte[] handout = given().auth().oauth2(CLINICIAN_A).get("/api/v1/reports/{id}/handout.pdf", id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(PdfChecks.text(handout)).contains("Bridge");
    }

    @Test
    void consumerLagIsExposedAsAMetric() throws Exception {
        AssessmentCompletedV1 event = event(TestTokens.CLINIC_A, "PT-1005");
        PUBLISHER.publish(event);
        awaitReady(event);
        String metrics = given().get(ManagementInterface.metrics()).then().statusCode(200).extract().asString();
        assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag_max");
        assertThat(metrics).contains("report_render_seconds");
        // submit->READY latency, from ce_time; the metrics are on the management port, without a token
        assertThat(metrics).containsPattern("report_submit_to_ready_seconds_count [1-9]");
        // every metric deploy/observability's alerts and dashboard name for report-service is exposed
        ObservabilityFiles.assertExposedBy("report-service", metrics);
    }

    static List<ConsumerRecord<String, byte[]>> readDeadLetters() {
        // the super user: a throw-away group, which report-service's own principal may not join
        Map<String, Object> props = KafkaTestResource.adminClientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of("assessment-events.dlq"));
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
            }
        }
        return records;
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
