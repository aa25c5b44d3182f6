package health.hipspine.testing;

import org.junit.jupiter.api.Test;

import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerChoiceTest {

    private static final BooleanSupplier DOCKER = () -> true;
    private static final BooleanSupplier NO_DOCKER = () -> false;
    private static final BooleanSupplier MUST_NOT_PROBE = () -> {
        throw new AssertionError("the Docker probe must not run when the choice is forced to embedded");
    };

    @Test
    void autoStartsContainersWhenADockerEngineAnswers() {
        assertEquals(ServerChoice.CONTAINERS, ServerChoice.decide(null, DOCKER));
        assertEquals(ServerChoice.CONTAINERS, ServerChoice.decide("auto", DOCKER));
        assertEquals(ServerChoice.CONTAINERS, ServerChoice.decide(" AUTO ", DOCKER));
    }

    @Test
    void autoStartsTheEmbeddedServersWithoutDocker() {
        assertEquals(ServerChoice.EMBEDDED, ServerChoice.decide(null, NO_DOCKER));
        assertEquals(ServerChoice.EMBEDDED, ServerChoice.decide("", NO_DOCKER));
        assertEquals(ServerChoice.EMBEDDED, ServerChoice.decide("auto", NO_DOCKER));
    }

    @Test
    void forcedEmbeddedWinsEvenWithDockerAndNeverProbes() {
        assertEquals(ServerChoice.EMBEDDED, ServerChoice.decide("embedded", DOCKER));
        assertEquals(ServerChoice.EMBEDDED, ServerChoice.decide("embedded", MUST_NOT_PROBE));
    }

    @Test
    void forcedContainersWinWhenDockerAnswers() {
        assertEquals(ServerChoice.CONTAINERS, ServerChoice.decide("containers", DOCKER));
    }

    @Test
    void forcedContainersWithoutDockerFailClearlyRatherThanFallingBack() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ServerChoice.decide("containers", NO_DOCKER));
        assertTrue(e.getMessage().contains("hipspine.test.servers=containers"), e.getMessage());
        assertTrue(e.getMessage().contains("no Docker engine"), e.getMessage());
    }

    @Test
    void anUnknownValueIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerChoice.decide("docker", DOCKER));
        assertTrue(e.getMessage().contains("hipspine.test.servers=docker"), e.getMessage());
        assertTrue(e.getMessage().contains("auto, containers, embedded"), e.getMessage());
    }
}
