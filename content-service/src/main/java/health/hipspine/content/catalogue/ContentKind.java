package health.hipspine.content.catalogue;

import java.util.Arrays;
import java.util.Optional;

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

    public static Optional<ContentKind> fromCollection(String collection) {
        return Arrays.stream(values()).filter(k -> k.collection.equals(collection)).findFirst();
    }
}
