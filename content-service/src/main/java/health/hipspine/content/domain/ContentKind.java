package health.hipspine.content.domain;

/** The kinds of record the catalogue owns. Findings and red flags belong to the clinical model. */
public enum ContentKind {
    CONDITION("condition", "conditions"),
    EXERCISE("exercise", "exercises"),
    EDUCATION("education", "education");

    /** Stored in {@code content_record.kind}. */
    public final String id;
    /** The path segment under /api/v1 and the name of the file under resources/content/. */
    public final String collection;

    ContentKind(String id, String collection) {
        this.id = id;
        this.collection = collection;
    }

    /** The kind stored under {@code id} in {@code content_record.kind}. */
    public static ContentKind ofId(String id) {
        for (ContentKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown content kind " + id);
    }
}
