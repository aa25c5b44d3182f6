package health.hipspine.testing.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The committed OpenAPI contracts ({@code docs/openapi/<service>.yaml}) and the checks every service runs on
 * them: the served document equals the committed one, the document is fit for client generators, and no
 * breaking change against the last release ({@code docs/openapi/releases/<version>/}) goes out unannounced.
 */
public final class ApiContracts {

    /** {@code -Dopenapi.update=true} rewrites the committed documents from the served ones instead of comparing. */
    public static final String UPDATE_PROPERTY = "openapi.update";
    public static final String CHANGELOG = "docs/changelog.md";

    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    /** Names that only appear when a schema was derived from a framework type instead of our own records. */
    private static final List<String> FRAMEWORK_NAMES = List.of("JsonNode", "ObjectNode", "ArrayNode", "valueNode",
            "containerNode", "missingNode", "Uni", "Multi", "Response", "StreamingOutput", "MultivaluedMap");

    private ApiContracts() {
    }

    /** The repository root: the nearest directory above the working directory holding {@code docs/openapi}. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/openapi"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no docs/openapi above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public static Path committed(String service) {
        return repositoryRoot().resolve("docs/openapi/" + service + ".yaml");
    }

    /**
     * Fails when the served document differs from the committed one, naming the first differing line; with
     * {@code -Dopenapi.update=true} writes the served document instead (and passes).
     */
    public static void assertServedEqualsCommitted(String service, String servedYaml) {
        Path file = committed(service);
        String served = normalise(servedYaml);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(file, served);
            return;
        }
        String committed = Files.exists(file) ? normalise(read(file)) : "";
        if (committed.equals(served)) {
            return;
        }
        String[] a = committed.split("\n", -1);
        String[] b = served.split("\n", -1);
        int line = 0;
        while (line < Math.min(a.length, b.length) && a[line].equals(b[line])) {
            line++;
        }
        throw new AssertionError("The served /q/openapi differs from " + repositoryRoot().relativize(file) + " at line "
                + (line + 1) + ":\n  committed: " + (line < a.length ? a[line] : "<end>") + "\n  served:    "
                + (line < b.length ? b[line] : "<end>") + "\nIf the change is intended, regenerate with "
                + "./mvnw -o -B verify -pl " + service + " -am -Dtest=OpenApiContractTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.update=true, and review the diff.");
    }

    public static OpenAPI parse(Path file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(file.toUri().toString(), null, options);
        if (result.getOpenAPI() == null) {
            throw new AssertionError("cannot parse " + file + ": " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    /**
     * What a client generator needs to produce a usable SDK: a stable camelCase operationId on every operation
     * (unique), a security requirement on every operation (or the document), a schema on every response header,
     * servers and a licence, described tags, and no schema derived from framework types.
     */
    public static List<String> generatorProblems(OpenAPI api) {
        List<String> problems = new ArrayList<>();
        if (api.getServers() == null || api.getServers().isEmpty()) {
            problems.add("no servers");
        }
        if (api.getInfo() == null || api.getInfo().getLicense() == null) {
            problems.add("no info.license");
        }
        boolean rootSecurity = api.getSecurity() != null && !api.getSecurity().isEmpty();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                String where = op.getKey() + " " + path.getKey();
                Operation operation = op.getValue();
                String id = operation.getOperationId();
                if (id == null || !CAMEL_CASE.matcher(id).matches()) {
                    problems.add(where + ": operationId " + id + " is not camelCase");
                } else if (!ids.add(id)) {
                    problems.add(where + ": operationId " + id + " is not unique");
                }
                if (!rootSecurity && (operation.getSecurity() == null || operation.getSecurity().isEmpty())) {
                    problems.add(where + ": no security requirement");
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().forEach((status, response) -> {
                        if (response.getHeaders() != null) {
                            for (Map.Entry<String, Header> h : response.getHeaders().entrySet()) {
                                if (h.getValue().getSchema() == null && h.getValue().getContent() == null) {
                                    problems.add(where + " " + status + ": header " + h.getKey() + " has no schema");
                                }
                            }
                        }
                    });
                }
            }
        }
        if (api.getTags() != null) {
            api.getTags().stream().filter(t -> t.getDescription() == null || t.getDescription().isBlank())
                    .forEach(t -> problems.add("tag " + t.getName() + " has no description"));
        }
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            for (Map.Entry<String, Schema> schema : api.getComponents().getSchemas().entrySet()) {
                if (FRAMEWORK_NAMES.contains(schema.getKey())) {
                    problems.add("schema " + schema.getKey() + " is a framework type");
                }
                Map<String, Schema> properties = schema.getValue().getProperties();
                if (properties != null) {
                    properties.keySet().stream().filter(FRAMEWORK_NAMES::contains)
                            .forEach(p -> problems.add("schema " + schema.getKey() + " exposes framework internal " + p));
                }
            }
        }
        return problems;
    }

    /** The newest release directory under {@code docs/openapi/releases} holding this service's contract. */
    public static Optional<Path> lastRelease(String service) {
        Path releases = repositoryRoot().resolve("docs/openapi/releases");
        if (!Files.isDirectory(releases)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(releases)) {
            return dirs.filter(d -> Files.exists(d.resolve(service + ".yaml")))
                    .max(Comparator.comparing(d -> Version.of(d.getFileName().toString())))
                    .map(d -> d.resolve(service + ".yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The breaking-change gate: compares the committed contract with the last release's. A breaking change
     * passes only if {@code info.version} is above the release's and {@code docs/changelog.md} has a heading
     * {@code ## <service> <version>} describing it.
     */
    public static Optional<String> unannouncedBreak(String service) {
        Optional<Path> release = lastRelease(service);
        if (release.isEmpty()) {
            return Optional.empty();
        }
        return unannouncedBreak(service, release.get(), committed(service), repositoryRoot().resolve(CHANGELOG));
    }

    public static Optional<String> unannouncedBreak(String service, Path released, Path current, Path changelog) {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(released.toUri().toString(), current.toUri().toString());
        if (!diff.isIncompatible()) {
            return Optional.empty();
        }
        String oldVersion = diff.getOldSpecOpenApi().getInfo().getVersion();
        String newVersion = diff.getNewSpecOpenApi().getInfo().getVersion();
        String heading = "## " + service + " " + newVersion;
        boolean bumped = Version.of(newVersion).compareTo(Version.of(oldVersion)) > 0;
        boolean written = Files.exists(changelog) && read(changelog).lines().anyMatch(l -> l.strip().equals(heading));
        if (bumped && written) {
            return Optional.empty();
        }
        return Optional.of(service + ": breaking change against release " + oldVersion + " ("
                + released + ") while info.version is " + newVersion + (bumped ? "" : " (not bumped)")
                + (written ? "" : "; " + CHANGELOG + " has no heading '" + heading + "'") + ":\n" + markdown(diff));
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String normalise(String yaml) {
        return yaml.replace("\r\n", "\n").lines().map(String::stripTrailing)
                .reduce(new StringBuilder(), (sb, l) -> sb.append(l).append('\n'), StringBuilder::append).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dotted numeric versions (1.0.0 < 1.2.0 < 1.10.0); anything else sorts as text after them. */
    record Version(List<Integer> parts, String text) implements Comparable<Version> {
        static Version of(String text) {
            List<Integer> parts = new ArrayList<>();
            for (String p : text.split("\\.")) {
                try {
                    parts.add(Integer.parseInt(p));
                } catch (NumberFormatException e) {
                    return new Version(List.of(), text);
                }
            }
            return new Version(parts, text);
        }

        @Override
        public int compareTo(Version o) {
            for (int i = 0; i < Math.max(parts.size(), o.parts.size()); i++) {
                int c = Integer.compare(i < parts.size() ? parts.get(i) : 0, i < o.parts.size() ? o.parts.get(i) : 0);
                if (c != 0) {
                    return c;
                }
            }
            return text.compareTo(o.text) * (parts.isEmpty() || o.parts.isEmpty() ? 1 : 0);
        }
    }
}
