package health.hipspine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.testing.contract.ApiContracts;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Prometheus alert rules and the Grafana dashboard under deploy/observability, parsed, and the metric names
 * their PromQL expressions use. A service's test checks the names it owns against its own scrape, so an alert can
 * never watch a metric nobody exposes.
 */
public final class ObservabilityFiles {

    public static final String ALERTS = "deploy/observability/prometheus-alerts.yml";
    public static final String DASHBOARD = "deploy/observability/grafana-dashboard.json";

    /** PromQL words that are not metric names (functions are recognised by the parenthesis that follows). */
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "and", "or", "unless", "bool", "offset");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private ObservabilityFiles() {
    }

    /** Every alert expression, from the YAML rule file (which must parse, with at least one rule per group). */
    @SuppressWarnings("unchecked")
    public static List<String> alertExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        try (InputStream in = Files.newInputStream(root().resolve(ALERTS))) {
            Map<String, Object> doc = new Yaml().load(in);
            for (Map<String, Object> group : (List<Map<String, Object>>) doc.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    if (rule.get("alert") == null || rule.get("expr") == null) {
                        throw new IllegalStateException("a rule without alert name or expr in " + ALERTS + ": " + rule);
                    }
                    expressions.add(rule.get("expr").toString());
                }
            }
        }
        return expressions;
    }

    /** Every panel query of the dashboard (the JSON must parse). */
    public static List<String> dashboardExpressions() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(root().resolve(DASHBOARD).toFile());
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                expressions.add(target.path("expr").asText());
            }
        }
        return expressions;
    }

    /** The metric names a PromQL expression selects. */
    public static Set<String> metricNames(String promql) {
        // label matchers, ranges and string literals hold no metric names; nor do by/without label lists
        String stripped = promql.replaceAll("\"[^\"]*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(stripped);
        while (m.find()) {
            String word = m.group();
            int next = m.end();
            while (next < stripped.length() && Character.isWhitespace(stripped.charAt(next))) {
                next++;
            }
            boolean function = next < stripped.length() && stripped.charAt(next) == '(';
            if (!function && !KEYWORDS.contains(word) && !word.equals("inf") && !word.equals("nan")) {
                names.add(word);
            }
        }
        return names;
    }

    /** Which service exposes a metric: by prefix; null when none does (a typo or a metric from elsewhere). */
    public static String owner(String metric) {
        if (metric.startsWith("assessment_")) {
            return "assessment-service";
        }
        if (metric.startsWith("report_") || metric.startsWith("kafka_consumer_")) {
            return "report-service";
        }
        if (metric.startsWith("http_server_requests_")) {
            return "all";
        }
        return null;
    }

    /** All metric names the alerts and the dashboard use. */
    public static Set<String> allMetricNames() throws IOException {
        Set<String> names = new TreeSet<>();
        alertExpressions().forEach(e -> names.addAll(metricNames(e)));
        dashboardExpressions().forEach(e -> names.addAll(metricNames(e)));
        return names;
    }

    /**
     * Fails unless every metric the alerts and dashboard use has an owner, and each one {@code service} owns (or
     * every service exposes) is in its Prometheus scrape {@code scraped}.
     */
    public static void assertExposedBy(String service, String scraped) throws IOException {
        Set<String> exposed = new TreeSet<>();
        for (String line : scraped.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                Matcher m = IDENTIFIER.matcher(line);
                if (m.lookingAt()) {
                    exposed.add(m.group());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (String metric : allMetricNames()) {
            String owner = owner(metric);
            if (owner == null) {
                problems.add(metric + " (no service exposes it)");
            } else if ((owner.equals(service) || owner.equals("all")) && !exposed.contains(metric)) {
                problems.add(metric + " (not in " + service + "'s /q/metrics)");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("deploy/observability names metrics that are not exposed: " + problems);
        }
    }

    private static Path root() {
        return ApiContracts.repositoryRoot();
    }
}
