package health.hipspine.report.event;

/**
 * An event that can never be processed as it is (unparseable, wrong type or version, required data missing).
 * Not retried: it goes straight to the dead-letter topic, its message becoming the {@code dead-letter-reason}.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
