package health.hipspine.content.service;

/**
 * Fired inside every edit and import; observers that cache what the catalogue says listen with
 * {@code during = TransactionPhase.AFTER_SUCCESS}, so they forget only once the change is visible.
 */
public record ContentChanged(String why) {
}
