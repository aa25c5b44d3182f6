package health.hipspine.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One finding as submitted: {@code value} is a Boolean or a Number, as the catalogue defines the code.
 *
 * @param side {@code left}, {@code right} or {@code bilateral}; null where it does not apply
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmittedFinding(String code, Object value, String side) {
}
