package health.hipspine.content.catalogue;

/** A storage failure: the server's problem (500), never the caller's. */
public class CatalogueException extends RuntimeException {
    public CatalogueException(Exception cause) {
        super(cause);
    }
}
