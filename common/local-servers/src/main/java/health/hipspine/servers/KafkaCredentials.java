package health.hipspine.servers;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.Set;

/**
 * The SCRAM passwords of the broker's principals: generated once per data directory (128 random bits each) and
 * kept there in an owner-only file, so a restarted broker and its clients agree. Never logged; {@link #toString()}
 * names the principals only.
 */
public final class KafkaCredentials {

    /** Super user: inter-broker and controller traffic, topics, users and ACLs. No service runs as it. */
    public static final String ADMIN = "admin";
    public static final String MECHANISM = "SCRAM-SHA-512";
    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> passwords;

    private KafkaCredentials(Map<String, String> passwords) {
        // in the order given, so toString() and principals() are stable
        this.passwords = Collections.unmodifiableMap(new LinkedHashMap<>(passwords));
    }

    /** Reads {@code file}, adding a fresh password for every principal it lacks (and writing it back). */
    static KafkaCredentials loadOrCreate(Path file, Collection<String> principals) throws IOException {
        Properties stored = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                stored.load(in);
            }
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        boolean added = false;
        for (String principal : principals) {
            String password = stored.getProperty(principal);
            if (password == null) {
                password = newPassword();
                stored.setProperty(principal, password);
                added = true;
            }
            passwords.put(principal, password);
        }
        if (added) {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(file)) {
                stored.store(out, "SCRAM passwords of the local Kafka broker's principals (secret)");
            }
        }
        return new KafkaCredentials(passwords);
    }

    /** Hex only: safe inside a JAAS string, a --add-scram argument and a properties file without escaping. */
    static String newPassword() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public String password(String principal) {
        String password = passwords.get(principal);
        if (password == null) {
            throw new NoSuchElementException("no Kafka principal " + principal);
        }
        return password;
    }

    public Set<String> principals() {
        return passwords.keySet();
    }

    /** The client JAAS line for a SCRAM login. */
    public static String jaasConfig(String principal, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + principal
                + "\" password=\"" + password + "\";";
    }

    @Override
    public String toString() {
        return "KafkaCredentials" + passwords.keySet();
    }
}
