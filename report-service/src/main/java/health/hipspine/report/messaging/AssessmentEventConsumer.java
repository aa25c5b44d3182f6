package health.hipspine.report.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.report.event.AssessmentEvent;
import health.hipspine.report.event.PoisonEventException;
import health.hipspine.report.service.ReportGeneration;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumer group {@code report-service} on {@code assessment-events} (SmallRye Reactive Messaging: offsets,
 * rebalancing, the dead-letter topic and the Kafka client metrics come with it). Only a poison event nacks its
 * record: {@link PoisonEventException} (unreadable, schema-invalid, semantically impossible), which the
 * connector's dead-letter-queue strategy writes to {@code assessment-events.dlq} with the reason in the
 * {@code dead-letter-reason} header. A transient failure never gets here: {@link ReportGeneration#handle} waits
 * it out, the record stays unacknowledged and its offset uncommitted (docs/reliability.md, "Report consumer").
 */
@ApplicationScoped
public class AssessmentEventConsumer {

    private final ReportGeneration generation;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;

    public AssessmentEventConsumer(ReportGeneration generation, ObjectMapper mapper, MeterRegistry registry) {
        this.generation = generation;
        this.mapper = mapper;
        this.registry = registry;
    }

    // unordered: records are independent (one report per assessment, guarded by the database), so several
    // render at once; the connector still commits offsets only up to the oldest unfinished one. The named pool
    // bounds that to a few renders (CPU-bound) instead of one thread and one database connection per record.
    @Incoming("assessment-events")
    @Blocking(value = "report-renderers", ordered = false)
    public void consume(ConsumerRecord<String, byte[]> record) {
        AssessmentEvent event;
        try {
            event = AssessmentEvent.parse(record.key(), record.headers(), record.value(), mapper);
        } catch (PoisonEventException e) {
            registry.counter("report.events", "outcome", "poison").increment();
            Log.warnf("dead-lettering record %d@%d of %s: %s", record.offset(), record.partition(), record.topic(), e.getMessage());
            throw e;
        }
        ReportGeneration.Outcome outcome = generation.handle(event);
        Log.debugf("event %s: %s", event.eventId(), outcome);
    }
}
