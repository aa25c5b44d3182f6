package health.hipspine.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.report.client.ContentCatalogue;
import health.hipspine.report.client.ContentSnapshot;
import health.hipspine.report.config.ReportConfig;
import health.hipspine.report.event.AssessmentEvent;
import health.hipspine.report.event.PoisonEventException;
import health.hipspine.report.rendering.DocumentFactory;
import health.hipspine.report.rendering.ReportTemplates;
import health.hipspine.report.repository.DocumentKind;
import health.hipspine.report.repository.ReportDocumentEntity;
import health.hipspine.kit.caller.ClinicScope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.faulttolerance.api.BeforeRetry;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Turns events into stored reports and renders their documents. The report row and the processed event id
 * are written in one transaction (redelivery is a no-op); rendering happens after that, under a row lock,
 * and adds an immutable document version. A crash in between leaves the report PENDING, which the sweeper
 * renders later, so no event is lost. Catalogue texts are fetched before any transaction opens.
 */
@ApplicationScoped
public class ReportGeneration {

    /** CREATED: recorded and READY; RENDER_FAILED: recorded, but FAILED (re-renderable); DUPLICATE: seen before. */
    public enum Outcome { CREATED, DUPLICATE, RENDER_FAILED }

    /** A regeneration's result: only ids and status (an admin sees no patient data). */
    public record Regeneration(UUID reportId, int version, health.hipspine.report.repository.ReportStatus status) {
    }

    private static final String INITIAL = "initial";
    private static final String RECOVERED = "recovered pending";
    private static final String CONTENT_RETURNED = "content returned";

    private final ReportArchive archive;
    private final ContentCatalogue content;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final RegenerationBudget budget;
    private final Duration incompleteMaxAge;
    private final RendererPool pool;
    private final DocumentFactory documents = new DocumentFactory();
    private final Timer renderTimer;
    private final Tracer tracer;

    public ReportGeneration(ReportArchive archive, ContentCatalogue content, ObjectMapper mapper, MeterRegistry registry,
            RegenerationBudget budget, RendererPool pool, ReportConfig config, Tracer tracer) {
        this.archive = archive;
        this.tracer = tracer;
        this.incompleteMaxAge = config.incomplete().maxAge();
        this.budget = budget;
        this.pool = pool;
        this.content = content;
        this.mapper = mapper;
        this.registry = registry;
        this.renderTimer = Timer.builder("report.render").description("Rendering one PDF document")
                .publishPercentiles(0.5, 0.95).register(registry);
    }

    /**
     * Only a poison event ({@link PoisonEventException}) leaves here as a failure, and goes to the dead-letter
     * topic. Anything else (database down or frozen, a broken connection) is transient: retried with back-off
     * (doubling up to 30 s) for as long as it takes. Meanwhile the record stays unacknowledged, so its offset is
     * not committed and a restart redelivers it; the report row and processed event id commit together, so a
     * retry after a partial attempt is a no-op or a clean first attempt. No maxDuration: an outage longer
     * than any budget would otherwise turn a good event into a dead letter again.
     */
    @Retry(maxRetries = -1, maxDuration = 0, delay = 200, jitter = 100, abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 30_000)
    @BeforeRetry(TransientFailureRetries.class)
    public Outcome handle(AssessmentEvent event) {
        Optional<UUID> created = archive.recordIfNew(event);
        if (created.isEmpty()) {
            registry.counter("report.events", "outcome", "duplicate").increment();
            return Outcome.DUPLICATE;
        }
        registry.counter("report.events", "outcome", "created").increment();
        int version = renderNewVersion(created.get(), event.data(), INITIAL);
        return version > 0 ? Outcome.CREATED : Outcome.RENDER_FAILED;
    }

    /**
     * Renders the clinician PDF as the next version; 0 when rendering failed. A rendering failure marks the
     * report FAILED (kept, and re-renderable by regeneration) instead of bouncing the event; database failures
     * propagate for retry.
     */
    int renderNewVersion(UUID reportId, AssessmentCompletedV1 data, String reason) {
        // a child of the consumer's span when an event triggered it; its own trace for regeneration and recovery
        Span span = tracer.spanBuilder("report render").setAttribute("hipspine.render.reason", reason).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            int version = render(reportId, data, reason);
            span.setAttribute("hipspine.report.version", version);
            return version;
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    private int render(UUID reportId, AssessmentCompletedV1 data, String reason) {
        ContentSnapshot snapshot = ContentSnapshot.of(data, content, "en", true);
        if (CONTENT_RETURNED.equals(reason) && !snapshot.complete()) {
            return 0; // the catalogue is still away (or does not know a code): no new version that says the same
        }
        incomplete(snapshot, DocumentKind.CLINICIAN, reportId);
        boolean firstOnly = INITIAL.equals(reason) || RECOVERED.equals(reason);
        try {
            return archive.storeNextVersion(reportId, firstOnly,
                    new ReportArchive.DocumentDescription(ReportTemplates.VERSION, snapshot.complete(), reason),
                    (version, now) -> timed(() -> documents.clinicianPdf(data, snapshot, version, now)));
        } catch (ReportArchive.RenderingFailedException e) {
            Log.errorf("rendering report %s failed: %s", reportId, e.getCause().getClass().getName());
            archive.markFailed(reportId, e.getMessage());
            return 0;
        }
    }

    /**
     * {@link #regenerate} on the {@link RendererPool}, after taking a permit of the clinic's
     * {@link RegenerationBudget} (which throws {@link RegenerationBudget.Exhausted} at once when it is spent).
     */
    public CompletionStage<Optional<Regeneration>> regenerateOnPool(Optional<ClinicScope> scope, UUID reportId, String reason) {
        budget.spend(scope.map(ClinicScope::clinicId).orElse(null));
        return pool.submit(() -> regenerate(scope, reportId, reason));
    }

    /**
     * A new version from the stored event with the current template and catalogue; earlier versions stay.
     * {@code scope} is the clinician's clinic, or empty for an admin (any clinic). Empty when there is no such
     * report (audited as NOT_FOUND). Audited in the transactions of {@link ReportArchive}.
     */
    public Optional<Regeneration> regenerate(Optional<ClinicScope> scope, UUID reportId, String reason) {
        if (!archive.existsForRegeneration(scope, reportId)) {
            return Optional.empty();
        }
        String why = reason.length() > 200 ? reason.substring(0, 200) : reason;
        int version = archive.eventWithoutClinic(reportId).map(json -> renderNewVersion(reportId, read(json), why)).orElse(0);
        ReportArchive.Status after = archive.regenerated(reportId, version);
        return Optional.of(new Regeneration(reportId, after.currentVersion(), after.status()));
    }

    /**
     * Makes sure the handout of this version exists in this language: rendered on first request, then archived.
     * Outside any transaction (the catalogue is asked first); the download that follows is audited.
     */
    public void ensureHandout(ClinicScope scope, UUID reportId, int version, String language) {
        if (version <= 0) {
            return;
        }
        Optional<Boolean> archivedComplete = archive.handoutArchivedComplete(scope, reportId, version, language);
        if (archivedComplete.orElse(false)) {
            return;
        }
        Optional<String> json = archive.eventInClinic(scope, reportId);
        if (json.isEmpty()) {
            return;
        }
        AssessmentCompletedV1 data = read(json.get());
        ContentSnapshot snapshot = ContentSnapshot.of(data, content, language, false);
        if (archivedComplete.isPresent() && !snapshot.complete()) {
            return; // the archived copy lacks content and the catalogue still cannot supply it: serve that one
        }
        incomplete(snapshot, DocumentKind.HANDOUT, reportId);
        Instant now = Instant.now();
        byte[] pdf = timed(() -> documents.handoutPdf(data, snapshot, language, now));
        archive.archiveHandout(ReportDocumentEntity.of(reportId, version, DocumentKind.HANDOUT, language, ReportTemplates.VERSION,
                snapshot.complete(), "first download", pdf, now));
    }

    /**
     * Reports whose current version was rendered while the catalogue was unreachable get a complete version as soon
     * as it answers again (reason "content returned"); downloads then serve that one. Handouts need no sweep: the
     * next download of an incomplete one renders it again ({@link #ensureHandout}).
     * Page after page while a page renders at least one report: an outage's reports come back in one run, not 20
     * a minute (the 100 reports of the fault-injection suite's content scenario needed 5 runs). A re-rendered report
     * leaves the set, so every further page is new work; a page that renders none (the catalogue still away, or
     * codes it does not know) ends the run.
     */
    @Scheduled(every = "${report.incomplete.every:1m}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rerenderIncomplete() {
        Instant since = Instant.now().minus(incompleteMaxAge);
        int rendered;
        do {
            rendered = 0;
            for (UUID id : archive.incompleteReports(since, 20)) {
                int version = archive.eventWithoutClinic(id).map(json -> renderNewVersion(id, read(json), CONTENT_RETURNED)).orElse(0);
                if (version > 0) {
                    rendered++;
                    registry.counter("report.documents.rerendered", "kind", "clinician").increment();
                    Log.infof("report %s rendered again as version %d: the content catalogue answers again", id, version);
                }
            }
        } while (rendered > 0);
    }

    /** A document printed without some catalogue text is not final: said at WARN and counted, by kind. */
    private void incomplete(ContentSnapshot snapshot, DocumentKind kind, UUID reportId) {
        if (!snapshot.complete()) {
            registry.counter("report.documents.incomplete", "kind", kind.name().toLowerCase(java.util.Locale.ROOT)).increment();
            Log.warnf("%s of report %s rendered without complete catalogue content; it will be rendered again when the catalogue answers",
                    kind.name().toLowerCase(java.util.Locale.ROOT), reportId);
        }
    }

    /** Reports stuck in PENDING (crash between recording and rendering) are rendered here. */
    @Scheduled(every = "${report.sweeper.every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepPending() {
        for (UUID id : archive.claimPendingForSweeper(Instant.now().minus(Duration.ofSeconds(60)).truncatedTo(ChronoUnit.SECONDS), 20)) {
            Log.infof("rendering report %s left pending", id);
            archive.eventWithoutClinic(id).ifPresent(json -> renderNewVersion(id, read(json), RECOVERED));
        }
    }

    private AssessmentCompletedV1 read(String json) {
        try {
            return mapper.readValue(json, AssessmentCompletedV1.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event data unreadable", e);
        }
    }

    private byte[] timed(Supplier<byte[]> render) {
        return renderTimer.record(render);
    }
}
