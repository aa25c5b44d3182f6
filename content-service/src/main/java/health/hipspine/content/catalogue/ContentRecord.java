package health.hipspine.content.catalogue;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;

/** One stored record: the bilingual document plus the bookkeeping the API exposes. */
public record ContentRecord(ContentKind kind, String code, int version, boolean retired, String origin,
                            ObjectNode document, OffsetDateTime updatedAt, String updatedBy) {
}
