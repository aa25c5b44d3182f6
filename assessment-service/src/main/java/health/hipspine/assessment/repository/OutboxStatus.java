package health.hipspine.assessment.repository;

/** Where an outbox row stands; stored by name. */
public enum OutboxStatus {
    /** Waiting to be sent (possibly leased by a relay right now). */
    PENDING,
    /** Acknowledged by the broker. */
    SENT,
    /** Failed permanently too often; waits for an administrator to release it. */
    PARKED
}
