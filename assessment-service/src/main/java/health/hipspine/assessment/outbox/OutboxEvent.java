package health.hipspine.assessment.outbox;

import java.time.Instant;
import java.util.UUID;

/** One outbox row as the relay sees it. {@code id} becomes the CloudEvents id. */
public record OutboxEvent(long seq, UUID id, UUID aggregateId, String clinicId, String type, String payload, Instant createdAt) {
}
