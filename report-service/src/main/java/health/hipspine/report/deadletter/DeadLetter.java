package health.hipspine.report.deadletter;

import java.time.Instant;

/**
 * A record on the dead-letter topic, described without its payload (which may hold patient data):
 * {@code id} is {@code partition-offset} on {@code assessment-events.dlq}; {@code redriveOf} names the letter it
 * was re-driven from when it came back (still poison).
 */
public record DeadLetter(
        String id,
        String eventId,
        String eventType,
        String assessmentId,
        String clinicId,
        String reason,
        String cause,
        String originalTopic,
        String originalPartition,
        String originalOffset,
        Instant deadLetteredAt,
        Instant redrivenAt,
        String redrivenBy,
        String redriveOf) {
}
