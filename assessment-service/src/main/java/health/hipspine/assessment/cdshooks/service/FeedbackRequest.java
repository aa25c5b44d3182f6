package health.hipspine.assessment.cdshooks.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What the clinician did with our cards (https://cds-hooks.hl7.org/2.0/#feedback). */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "CdsFeedbackRequest")
public record FeedbackRequest(List<Item> feedback) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "CdsFeedback")
    public record Item(
            @Schema(description = "The card's uuid", required = true) String card,
            @Schema(enumeration = {"accepted", "overridden"}, required = true) String outcome,
            List<AcceptedSuggestion> acceptedSuggestions,
            OverrideReason overrideReason,
            @Schema(description = "ISO 8601 instant", required = true) String outcomeTimestamp) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "CdsAcceptedSuggestion")
    public record AcceptedSuggestion(String id) {
    }

    /** userComment is accepted but not stored: free text may identify the patient. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "CdsOverrideReason")
    public record OverrideReason(Cards.Coding reason, @Schema(description = "Not stored (free text)") String userComment) {
    }
}
