package health.hipspine.report.deadletter;

import health.hipspine.events.AssessmentEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * What a dead letter is, in pure functions over Kafka records: its id, its description without the payload,
 * and the record that re-drives it.
 */
public final class DeadLetterRecords {

    /** Marks a re-published record with the letter it came from. */
    public static final String REDRIVE_HEADER = "hipspine_redrive_of";
    /** Headers the connector adds when it dead-letters a record; a re-drive drops them. */
    static final String CONNECTOR_HEADER_PREFIX = "dead-letter-";

    private DeadLetterRecords() {
    }

    /** {@code partition-offset} on the dead-letter topic. */
    public static String id(ConsumerRecord<?, ?> record) {
        return record.partition() + "-" + record.offset();
    }

    /** Whether {@code id} can name a letter at all ({@code partition-offset}, both numbers). */
    public static boolean isLetterId(String id) {
        return id != null && id.matches("\\d{1,9}-\\d{1,18}");
    }

    /** The letter's headers, never its payload (which may hold patient data). */
    public static DeadLetter describe(ConsumerRecord<String, byte[]> record, Instant redrivenAt, String redrivenBy) {
        return new DeadLetter(id(record), header(record, "ce_id"), header(record, "ce_type"), record.key(),
                header(record, AssessmentEvents.CLINIC_HEADER), header(record, "dead-letter-reason"),
                header(record, "dead-letter-cause"), header(record, "dead-letter-topic"),
                header(record, "dead-letter-partition"), header(record, "dead-letter-offset"),
                Instant.ofEpochMilli(record.timestamp()), redrivenAt, redrivenBy, header(record, REDRIVE_HEADER));
    }

    /**
     * The original record again, for {@code topic}: same key, value and headers, minus the connector's
     * dead-letter headers and any earlier re-drive mark, plus {@link #REDRIVE_HEADER} naming this letter.
     */
    public static ProducerRecord<String, byte[]> redrive(ConsumerRecord<String, byte[]> letter, String topic) {
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(topic, letter.key(), letter.value());
        for (Header header : letter.headers()) {
            if (!header.key().startsWith(CONNECTOR_HEADER_PREFIX) && !header.key().equals(REDRIVE_HEADER)) {
                out.headers().add(header);
            }
        }
        out.headers().add(REDRIVE_HEADER, id(letter).getBytes(StandardCharsets.UTF_8));
        return out;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
