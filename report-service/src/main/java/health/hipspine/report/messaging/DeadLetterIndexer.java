package health.hipspine.report.messaging;

import health.hipspine.report.service.DeadLetterService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumer group {@code report-service-dlq-index} on the dead-letter topic: every letter, whoever wrote it (the
 * connector, an older version, an operator), is indexed in PostgreSQL as it arrives, so the admin list and
 * re-drive never scan the topic. In order, one at a time: letters are few.
 */
@ApplicationScoped
public class DeadLetterIndexer {

    private final DeadLetterService deadLetters;

    public DeadLetterIndexer(DeadLetterService deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Incoming("dead-letters")
    @Blocking
    public void index(ConsumerRecord<String, byte[]> record) {
        deadLetters.index(record);
    }
}
