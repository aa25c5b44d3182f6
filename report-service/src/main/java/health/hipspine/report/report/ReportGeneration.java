package health.hipspine.report.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.report.content.ContentCatalogue;
import health.hipspine.report.content.ContentSnapshot;
import health.hipspine.report.event.AssessmentEvent;
import health.hipspine.report.event.PoisonEventException;
import health.hipspine.report.rendering.ClinicianReportComposer;
import health.hipspine.report.rendering.DocumentFactory;
import health.hipspine.report.rendering.ReportTemplates;
import health.hipspine.report.security.ClinicScope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns events into stored reports and renders their documents. The report row and the processed event id
 * are written in one transaction (redelivery is a no-op); rendering happens after that, under a row lock,
 * and adds an immutable document version. A crash in between leaves the report PENDING, which the sweeper
 * renders later, so no event is lost.
 */
@ApplicationScoped
public class ReportGeneration {

    public enum Outcome { CREATED, DUPLICATE }

    private static final String INITIAL = "initial";
    private static final String RECOVERED = "recovered pending";

    @Inject
    ReportRepository reports;

    @Inject
    ContentCatalogue content;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry registry;

    private final DocumentFactory documents = new DocumentFactory();
    private Timer renderTimer;

    @PostConstruct
    void init() {
        renderTimer = Timer.builder("report.render").description("Rendering one PDF document")
                .publishPercentiles(0.5, 0.95).register(registry);
    }

    /**
     * Transient failures (database, broker) are retried with exponential back-off; poison is not retried. After
     * the last retry the exception reaches the consumer and the event goes to the dead-letter topic.
     */
    @Retry(maxRetries = 4, delay = 200, jitter = 100, maxDuration = 30000, abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 5000)
    public Outcome handle(AssessmentEvent event) {
        AssessmentCompletedV1 data = event.data();
        var differential = ClinicianReportComposer.sortedDifferential(data.result());
        var newReport = new ReportRepository.NewReport(data.assessmentId(), data.clinicId(), data.patientRef(), data.clinician(),
                data.encounterDate(), data.result().triage().level(),
                differential.isEmpty() ? null : differential.get(0).category(),
                data.result().modelVersion(), data.result().contentRelease(), event.eventId(), event.json());
        Optional<UUID> created = QuarkusTransaction.requiringNew().call(() -> reports.recordIfNew(newReport, Instant.now()));
        if (created.isEmpty()) {
            registry.counter("report.events", "outcome", "duplicate").increment();
            return Outcome.DUPLICATE;
        }
        registry.counter("report.events", "outcome", "created").increment();
        renderNewVersion(created.get(), data, INITIAL);
        return Outcome.CREATED;
    }

    /**
     * Renders the clinician PDF as the next version. A rendering failure marks the report FAILED (kept, and
     * re-renderable by regeneration) instead of bouncing the event; database failures propagate for retry.
     */
    public int renderNewVersion(UUID reportId, AssessmentCompletedV1 data, String reason) {
        ContentSnapshot snapshot = ContentSnapshot.of(data, content, "en", true);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                int current = reports.lockAndGetVersion(reportId);
                if (current > 0 && (INITIAL.equals(reason) || RECOVERED.equals(reason))) {
                    return current; // the consumer and the sweeper raced: the first one rendered it
                }
                int version = current + 1;
                Instant now = Instant.now();
                byte[] pdf = timed(() -> documents.clinicianPdf(data, snapshot, version, now));
                reports.addDocument(reportId, version, DocumentKind.CLINICIAN, "en", ReportTemplates.VERSION,
                        snapshot.complete(), reason, pdf, now);
                reports.markReady(reportId, version);
                return version;
            });
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            Log.errorf("rendering report %s failed: %s", reportId, e.getClass().getName());
            QuarkusTransaction.requiringNew().run(() -> reports.markFailed(reportId, "rendering failed: "
                    + e.getClass().getSimpleName(), Instant.now()));
            return 0;
        }
    }

    /** A new version from the stored event with the current template and catalogue; earlier versions stay. */
    public Optional<Integer> regenerate(UUID reportId, String reason) {
        Optional<String> json = reports.eventData(reportId);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        int version = renderNewVersion(reportId, read(json.get()), reason);
        return Optional.of(version);
    }

    /** The handout of the current version in this language, rendered on first request and then kept. */
    public Optional<StoredDocument> handout(ClinicScope scope, ReportRow report, String language) {
        int version = report.currentVersion();
        Optional<StoredDocument> stored = reports.document(scope, report.id(), version, DocumentKind.HANDOUT, language);
        if (stored.isPresent()) {
            return stored;
        }
        AssessmentCompletedV1 data = read(reports.eventData(report.id()).orElseThrow());
        ContentSnapshot snapshot = ContentSnapshot.of(data, content, language, false);
        Instant now = Instant.now();
        byte[] pdf = timed(() -> documents.handoutPdf(data, snapshot, language, now));
        QuarkusTransaction.requiringNew().run(() -> reports.addDocument(report.id(), version, DocumentKind.HANDOUT, language,
                ReportTemplates.VERSION, snapshot.complete(), "first download", pdf, now));
        // a concurrent first download may have won: serve whichever copy was archived
        return reports.document(scope, report.id(), version, DocumentKind.HANDOUT, language);
    }

    /** Reports stuck in PENDING (crash between recording and rendering) are rendered here. */
    @Scheduled(every = "${report.sweeper.every:15s}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepPending() {
        for (UUID id : reports.pendingSince(Instant.now().minus(Duration.ofSeconds(60)).truncatedTo(ChronoUnit.SECONDS), 20)) {
            Log.infof("rendering report %s left pending", id);
            QuarkusTransaction.requiringNew().run(() -> reports.touch(id, Instant.now()));
            reports.eventData(id).ifPresent(json -> renderNewVersion(id, read(json), RECOVERED));
        }
    }

    private AssessmentCompletedV1 read(String json) {
        try {
            return mapper.readValue(json, AssessmentCompletedV1.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event data unreadable", e);
        }
    }

    private byte[] timed(java.util.function.Supplier<byte[]> render) {
        return renderTimer.record(render);
    }
}
