package health.hipspine.kit.json;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LenientJsonTest {

    /** The class as it is now: the stored document below still has {@code retiredField}. */
    record Exercise(String code, int difficulty, LocalDate reviewed, Instant changedAt) {
    }

    private final LenientJsonFormatMapper mapper = new LenientJsonFormatMapper();

    @Test
    void aStoredDocumentStaysReadableAfterAFieldIsRemovedFromItsClass() {
        String stored = """
                {"code":"bridge","difficulty":2,"retiredField":{"nested":[1,2]},"reviewed":"2026-11-30",
                 "changedAt":"2026-11-30T09:15:00Z"}""";
        Exercise read = mapper.read(stored, Exercise.class);
        assertThat(read).isEqualTo(new Exercise("bridge", 2, LocalDate.of(2026, 11, 30), Instant.parse("2026-11-30T09:15:00Z")));
    }

    @Test
    void datesAreWrittenAsIsoStringsNotNumbers() {
        String json = mapper.write(new Exercise("bridge", 2, LocalDate.of(2026, 11, 30), Instant.parse("2026-11-30T09:15:00Z")),
                Exercise.class);
        assertThat(json).contains("\"reviewed\":\"2026-11-30\"", "\"changedAt\":\"2026-11-30T09:15:00Z\"");
    }
}
