package health.hipspine.testing.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The breaking-change gate: additions pass, a removed operation passes only with a version bump and a changelog heading. */
class ApiContractsTest {

    @TempDir
    Path dir;

    @Test
    void anAddedResponseFieldIsNotBreaking() throws Exception {
        assertTrue(ApiContracts.unannouncedBreak("demo", fixture("released"), fixture("added-field"), changelog("")).isEmpty());
    }

    @Test
    void aRemovedOperationFailsWithoutAVersionBump() throws Exception {
        String failure = ApiContracts.unannouncedBreak("demo", fixture("released"), fixture("removed-operation"),
                changelog("## demo 1.0.0\n")).orElseThrow();
        assertTrue(failure.contains("not bumped"), failure);
    }

    @Test
    void aRemovedOperationFailsWhenTheChangelogDoesNotDescribeTheNewVersion() throws Exception {
        String failure = ApiContracts.unannouncedBreak("demo", fixture("released"), fixture("removed-operation-bumped"),
                changelog("## demo 1.1.0\n")).orElseThrow();
        assertTrue(failure.contains("## demo 2.0.0"), failure);
    }

    @Test
    void aRemovedOperationPassesWithAVersionBumpAndAChangelogHeading() throws Exception {
        assertTrue(ApiContracts.unannouncedBreak("demo", fixture("released"), fixture("removed-operation-bumped"),
                changelog("# Changelog\n\n## demo 2.0.0\n\n- GET /api/v1/things removed.\n")).isEmpty());
    }

    @Test
    void versionsCompareNumerically() {
        assertEquals(1, Integer.signum(ApiContracts.Version.of("1.10.0").compareTo(ApiContracts.Version.of("1.9.3"))));
        assertEquals(0, ApiContracts.Version.of("1.0").compareTo(ApiContracts.Version.of("1.0.0")));
    }

    private Path fixture(String name) throws URISyntaxException {
        return Path.of(getClass().getResource("/contract/" + name + ".yaml").toURI());
    }

    private Path changelog(String text) throws IOException {
        return Files.writeString(dir.resolve("changelog.md"), text);
    }
}
