package health.hipspine.report.deadletter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterRecordsTest {

    private static ConsumerRecord<String, byte[]> letter() {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "ce_id", "evt-1");
        add(headers, "ce_type", "health.hipspine.assessment.completed.v1");
        add(headers, "hipspine_clinic", "clinic-a");
        add(headers, "dead-letter-reason", "required field missing: patientRef");
        add(headers, "dead-letter-cause", null);
        add(headers, "dead-letter-topic", "assessment-events");
        add(headers, "dead-letter-partition", "0");
        add(headers, "dead-letter-offset", "17");
        add(headers, DeadLetterRecords.REDRIVE_HEADER, "2-5");
        return new ConsumerRecord<>("assessment-events.dlq", 2, 41, 1_764_000_000_000L, TimestampType.CREATE_TIME, 0, 0,
                "assessment-1", "{\"patientRef\":\"PT-SECRET\"}".getBytes(StandardCharsets.UTF_8), headers, Optional.empty());
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLetterIsDescribedByItsHeadersAndNeverByItsPayload() {
        DeadLetter described = DeadLetterRecords.describe(letter(), null, null);

        assertThat(described.id()).isEqualTo("2-41");
        assertThat(described.eventId()).isEqualTo("evt-1");
        assertThat(described.assessmentId()).isEqualTo("assessment-1");
        assertThat(described.clinicId()).isEqualTo("clinic-a");
        assertThat(described.reason()).isEqualTo("required field missing: patientRef");
        assertThat(described.cause()).isNull();
        assertThat(described.originalTopic()).isEqualTo("assessment-events");
        assertThat(described.originalOffset()).isEqualTo("17");
        assertThat(described.deadLetteredAt()).isEqualTo(Instant.ofEpochMilli(1_764_000_000_000L));
        assertThat(described.redrivenAt()).isNull();
        assertThat(described.toString()).doesNotContain("PT-SECRET");
    }

    @Test
    void aReDriveCarriesTheOriginalRecordWithoutTheConnectorsHeadersAndNamesTheLetter() {
        ProducerRecord<String, byte[]> out = DeadLetterRecords.redrive(letter(), "assessment-events");

        assertThat(out.topic()).isEqualTo("assessment-events");
        assertThat(out.key()).isEqualTo("assessment-1");
        assertThat(out.value()).isEqualTo(letter().value());
        assertThat(StreamSupport.stream(out.headers().spliterator(), false).map(Header::key))
                .containsExactly("ce_id", "ce_type", "hipspine_clinic", DeadLetterRecords.REDRIVE_HEADER);
        assertThat(new String(out.headers().lastHeader(DeadLetterRecords.REDRIVE_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo("2-41");
    }

    @Test
    void onlyPartitionDashOffsetNamesALetter() {
        assertThat(DeadLetterRecords.isLetterId("0-999999")).isTrue();
        assertThat(DeadLetterRecords.isLetterId("0")).isFalse();
        assertThat(DeadLetterRecords.isLetterId("a-1")).isFalse();
        assertThat(DeadLetterRecords.isLetterId("1-2-3")).isFalse();
        assertThat(DeadLetterRecords.isLetterId(null)).isFalse();
    }
}
