package health.hipspine.assessment.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A stand-in content service on loopback (WireMock) with a small catalogue: hip osteoarthritis
 * lists {@code standing-backward-lean} among its exercises and {@code deep-squat} to avoid; the
 * exercise {@code lumbar-extension-press-up} is contraindicated for lumbar-spinal-stenosis. Every condition's
 * page is the same; the strengthening exercises carry a category and difficulty so the planner can slot them.
 */
public class ContentServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final String RELEASE = "2026.11-test";
    private static WireMockServer server;

    static final String EXERCISES = """
            {"items":[
              {"code":"bridge","name":"Bridge","category":"hip-strengthening","difficulty":2,"phase":"strength","dosage":{"sets":3,"reps":10,"text":"3 x 10, daily"},"contraindications":[],"retired":false},
              {"code":"deep-squat","name":"Deep squat","category":"hip-strengthening","difficulty":2,"phase":"strength","dosage":{"sets":3,"reps":8},"contraindications":[],"retired":false},
              {"code":"clamshell","name":"Clamshell","category":"hip-strengthening","difficulty":1,"phase":"strength","dosage":{"sets":2,"reps":15,"frequency":"daily"},"contraindications":[],"retired":false},
              {"code":"lumbar-extension-press-up","name":"Press-up","dosage":{"sets":1,"reps":10},
               "contraindications":[{"conditionCode":"lumbar-spinal-stenosis","text":"extension narrows the canal"}],"retired":false},
              {"code":"old-exercise","name":"Retired","dosage":{},"contraindications":[],"retired":true}],
             "total":5,"page":0,"size":100,"language":"en","release":"2026.11-test"}""";

    /** The same catalogue in Spanish (Accept-Language: es), as content-service answers it. */
    static final String EXERCISES_ES = """
            {"items":[
              {"code":"bridge","name":"Puente de glúteos","category":"hip-strengthening","difficulty":2,"phase":"strength","dosage":{"sets":3,"reps":10,"text":"3 x 10, a diario"},"contraindications":[],"retired":false},
              {"code":"deep-squat","name":"Sentadilla profunda","category":"hip-strengthening","difficulty":2,"phase":"strength","dosage":{"sets":3,"reps":8},"contraindications":[],"retired":false},
              {"code":"clamshell","name":"Almeja","category":"hip-strengthening","difficulty":1,"phase":"strength","dosage":{"sets":2,"reps":15,"frequency":"a diario"},"contraindications":[],"retired":false},
              {"code":"lumbar-extension-press-up","name":"Extensión en prono","dosage":{"sets":1,"reps":10},
               "contraindications":[{"conditionCode":"lumbar-spinal-stenosis","text":"la extensión estrecha el canal"}],"retired":false},
              {"code":"old-exercise","name":"Retirado","dosage":{},"contraindications":[],"retired":true}],
             "total":5,"page":0,"size":100,"language":"es","release":"2026.11-test"}""";

    @Override
    public Map<String, String> start() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
        }
        stubCatalogue();
        return Map.of("quarkus.rest-client.content.url", server.baseUrl());
    }

    public static void stubCatalogue() {
        server.resetAll();
        server.stubFor(get(urlPathEqualTo("/api/v1/release")).willReturn(json("{\"release\":\"" + RELEASE + "\"}")));
        server.stubFor(get(urlPathMatching("/api/v1/conditions/[a-z-]+/exercises")).willReturn(json(EXERCISES)));
        server.stubFor(get(urlPathMatching("/api/v1/conditions/[a-z-]+")).willReturn(json(
                "{\"code\":\"any\",\"exercisesToAvoid\":[\"deep-squat\"],\"redFlagCodes\":[]}")));
        var spanish = com.github.tomakehurst.wiremock.client.WireMock.equalTo("es");
        server.stubFor(get(urlPathMatching("/api/v1/conditions/[a-z-]+/exercises")).withHeader("Accept-Language", spanish)
                .atPriority(1).willReturn(json(EXERCISES_ES)));
        server.stubFor(get(urlPathEqualTo("/api/v1/conditions/hip-osteoarthritis")).atPriority(2).willReturn(json(
                "{\"code\":\"hip-osteoarthritis\",\"name\":\"Hip osteoarthritis\",\"exercisesToAvoid\":[\"deep-squat\"],\"redFlagCodes\":[]}")));
        server.stubFor(get(urlPathEqualTo("/api/v1/conditions/hip-osteoarthritis")).withHeader("Accept-Language", spanish)
                .atPriority(1).willReturn(json(
                "{\"code\":\"hip-osteoarthritis\",\"name\":\"Artrosis de cadera\",\"exercisesToAvoid\":[\"deep-squat\"],\"redFlagCodes\":[]}")));
    }

    /**
     * The same catalogue, answered only to {@code authorization} (e.g. one service's token); any other call gets 401,
     * as content-service refuses a call without a valid token.
     */
    public static void stubCatalogueOnlyFor(String authorization) {
        server.resetAll();
        var only = com.github.tomakehurst.wiremock.client.WireMock.equalTo(authorization);
        server.stubFor(get(urlPathEqualTo("/api/v1/release")).withHeader("Authorization", only).atPriority(1)
                .willReturn(json("{\"release\":\"" + RELEASE + "\"}")));
        server.stubFor(get(urlPathMatching("/api/v1/conditions/[a-z-]+/exercises")).withHeader("Authorization", only).atPriority(1)
                .willReturn(json(EXERCISES)));
        server.stubFor(get(urlPathMatching("/api/v1/conditions/[a-z-]+")).withHeader("Authorization", only).atPriority(1)
                .willReturn(json("{\"code\":\"any\",\"exercisesToAvoid\":[\"deep-squat\"],\"redFlagCodes\":[]}")));
        server.stubFor(get(urlPathMatching("/api/v1/.*")).atPriority(10).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Bearer")));
    }

    public static WireMockServer server() {
        return server;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    public void stop() {
        // shared by every test class in this JVM
    }
}
