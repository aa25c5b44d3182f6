package health.hipspine.model.catalogue;

/** A bilingual warning or next-step text with {@code {placeholders}}, and its source when it has one. */
public record Message(String code, LocalizedText text, String source) {
}
