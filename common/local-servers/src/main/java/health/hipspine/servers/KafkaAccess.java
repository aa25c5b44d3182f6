package health.hipspine.servers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Who may do what on the broker (docs/security.md, "Kafka"): each service principal gets exactly the ACLs its
 * clients need, on literal names; everyone else, authenticated or not, gets nothing
 * ({@code allow.everyone.if.no.acl.found=false}). The super user {@link KafkaCredentials#ADMIN} creates them.
 */
public final class KafkaAccess {

    public static final String ASSESSMENT_SERVICE = "assessment-service";
    public static final String REPORT_SERVICE = "report-service";
    public static final List<String> SERVICES = List.of(ASSESSMENT_SERVICE, REPORT_SERVICE);

    /** {@code AssessmentEvents.TOPIC}, the event contract. */
    public static final String EVENTS_TOPIC = "assessment-events";
    /** report-service's {@code report.dead-letter.topic}. */
    public static final String DEAD_LETTER_TOPIC = "assessment-events.dlq";
    /** report-service's consumer group ({@code mp.messaging.incoming.assessment-events.group.id}). */
    public static final String REPORT_GROUP = "report-service";
    /** report-service's dead-letter indexer group ({@code mp.messaging.incoming.dead-letters.group.id}). */
    public static final String DEAD_LETTER_INDEX_GROUP = "report-service-dlq-index";

    private static final int SCRAM_ITERATIONS = 4096;

    private KafkaAccess() {
    }

    /** The ACLs, one list for the broker launcher, the docs and the authorisation test. */
    public static List<AclBinding> bindings() {
        List<AclBinding> acl = new ArrayList<>();
        // assessment-service: the outbox relay's idempotent producer, nothing else
        allow(acl, ASSESSMENT_SERVICE, topic(EVENTS_TOPIC), AclOperation.WRITE, AclOperation.DESCRIBE);
        allow(acl, ASSESSMENT_SERVICE, new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL),
                AclOperation.IDEMPOTENT_WRITE);
        // report-service: consume events in its group; the connector's dead letters and the admin's list of them
        allow(acl, REPORT_SERVICE, topic(EVENTS_TOPIC), AclOperation.READ, AclOperation.DESCRIBE);
        allow(acl, REPORT_SERVICE, new ResourcePattern(ResourceType.GROUP, REPORT_GROUP, PatternType.LITERAL),
                AclOperation.READ);
        // report-service: the indexer that copies each dead letter's headers into PostgreSQL reads in its own group
        allow(acl, REPORT_SERVICE, new ResourcePattern(ResourceType.GROUP, DEAD_LETTER_INDEX_GROUP, PatternType.LITERAL),
                AclOperation.READ);
        allow(acl, REPORT_SERVICE, topic(DEAD_LETTER_TOPIC), AclOperation.WRITE, AclOperation.READ, AclOperation.DESCRIBE);
        // report-service: an admin's re-drive (POST /api/v1/admin/dead-letters/{id}/redrive) re-publishes the
        // original record to assessment-events, a documented contract; without WRITE it would be refused
        allow(acl, REPORT_SERVICE, topic(EVENTS_TOPIC), AclOperation.WRITE);
        return List.copyOf(acl);
    }

    /** Service users (upserted, so changed passwords take effect), the two topics, the ACLs. Idempotent. */
    static void apply(Admin admin, KafkaCredentials credentials) throws InterruptedException, ExecutionException,
            TimeoutException {
        List<UserScramCredentialAlteration> users = new ArrayList<>();
        for (String service : SERVICES) {
            users.add(new UserScramCredentialUpsertion(service,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), credentials.password(service)));
        }
        admin.alterUserScramCredentials(users).all().get(30, TimeUnit.SECONDS);
        for (String name : List.of(EVENTS_TOPIC, DEAD_LETTER_TOPIC)) {
            try {
                // the broker's defaults (num.partitions=3, replication 1): what auto-creation gave before
                admin.createTopics(List.of(new NewTopic(name, Optional.empty(), Optional.empty()))).all()
                        .get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        admin.createAcls(bindings()).all().get(30, TimeUnit.SECONDS);
    }

    private static ResourcePattern topic(String name) {
        return new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL);
    }

    private static void allow(List<AclBinding> acl, String principal, ResourcePattern resource, AclOperation... operations) {
        for (AclOperation operation : operations) {
            acl.add(new AclBinding(resource, new AccessControlEntry("User:" + principal, "*", operation,
                    AclPermissionType.ALLOW)));
        }
    }
}
