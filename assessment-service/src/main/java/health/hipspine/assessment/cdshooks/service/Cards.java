package health.hipspine.assessment.cdshooks.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The CDS Hooks 2.0 response: cards (https://cds-hooks.hl7.org/2.0/#cds-service-response). */
public final class Cards {

    private Cards() {
    }

    @Schema(name = "CdsHookResponse")
    public record Response(List<Card> cards) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "CdsCard")
    public record Card(
            @Schema(description = "Unique per card: feedback names it") String uuid,
            @Schema(description = "At most 140 characters") String summary,
            @Schema(description = "Markdown") String detail,
            @Schema(enumeration = {"info", "warning", "critical"}) String indicator,
            Source source,
            List<Suggestion> suggestions,
            @Schema(enumeration = {"at-most-one", "any"}) String selectionBehavior,
            List<Coding> overrideReasons,
            List<Link> links) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "CdsSource")
    public record Source(String label, String url, Coding topic) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "CdsCoding")
    public record Coding(String system, String code, String display) {
    }

    @Schema(name = "CdsLink")
    public record Link(String label, String url, @Schema(enumeration = {"absolute", "smart"}) String type) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "CdsSuggestion")
    public record Suggestion(String label, String uuid, Boolean isRecommended, List<Action> actions) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "CdsAction")
    public record Action(@Schema(enumeration = {"create", "update", "delete"}) String type, String description,
                         @Schema(description = "delete: the resources to remove, e.g. ServiceRequest/123") List<String> resourceId) {
    }
}
