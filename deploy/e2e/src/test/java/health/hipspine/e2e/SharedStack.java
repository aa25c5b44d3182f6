package health.hipspine.e2e;

import health.hipspine.stack.LocalStack;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * One real stack for every end-to-end test class of the run (Keycloak alone takes a minute or more to start):
 * started by the first class that asks for it, stopped when the whole run ends (JUnit's root store closes it).
 * A test class gets it as a parameter of its {@code @BeforeAll} method with {@code @ExtendWith(SharedStack.Resolver.class)}.
 * Its services export their traces to {@link #traces} (an in-test OTLP receiver; the stack does this only when asked,
 * {@code deploy/local/run.sh} does not), so {@code TraceEndToEndTest} can follow one submission whichever class starts it.
 */
final class SharedStack implements AutoCloseable {

    final LocalStack stack;
    final Path data;
    final OtlpTraceReceiver traces;

    private SharedStack(LocalStack stack, Path data, OtlpTraceReceiver traces) {
        this.stack = stack;
        this.data = data;
        this.traces = traces;
    }

    private static SharedStack start() {
        Path root = Path.of(System.getProperty("hipspine.root", "../..")).toAbsolutePath().normalize();
        Path data;
        try {
            data = Files.createTempDirectory("hipspine-e2e-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long t0 = System.nanoTime();
        OtlpTraceReceiver traces = null;
        try {
            traces = OtlpTraceReceiver.start();
            LocalStack stack = LocalStack.start(LocalStack.Settings.freePorts(root, data),
                    m -> System.out.println("[e2e stack] " + m), traces.serviceEnvironment());
            System.out.printf("[e2e stack] up in %.1f s, RSS MB %s%n", (System.nanoTime() - t0) / 1e9, stack.residentMemoryMb());
            return new SharedStack(stack, data, traces);
        } catch (IOException e) {
            if (traces != null) {
                traces.close();
            }
            return fail("The real stack did not start (data " + data + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        stack.close();
        traces.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Resolves a {@link SharedStack} parameter; the stack lives in the root store so all classes share it. */
    static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SharedStack.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(SharedStack.class, k -> start(), SharedStack.class);
        }
    }
}
