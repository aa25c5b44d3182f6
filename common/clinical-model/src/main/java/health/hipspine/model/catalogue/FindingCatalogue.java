package health.hipspine.model.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.model.Finding;
import health.hipspine.model.RawFinding;
import health.hipspine.model.Side;
import health.hipspine.model.differential.DifferentialCategory;
import health.hipspine.model.triage.TriageLevel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The single definition of every finding code, accuracy row, red-flag rule, category, cluster and cut-off,
 * read once from the versioned JSON files under {@code /catalogue/}. Immutable and thread-safe.
 */
public final class FindingCatalogue {

    private static final String BASE = "/catalogue/";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final String release;
    private final Map<String, FindingDefinition> findings;
    private final Map<String, RedFlagRule> redFlags;
    private final Map<DifferentialCategory, CategoryDefinition> categories;
    private final Map<String, ClusterDefinition> clusters;
    private final List<AgeEvidence> ageEvidence;
    private final ModelConventions conventions;
    private final Map<String, Message> messages;
    private final QuestionnaireRules questionnaireRules;
    private final Map<TriageLevel, TriageAction> triageActions;
    private final Map<String, CorrelatedGroup> correlatedGroups;

    private FindingCatalogue(String release, List<FindingDefinition> findings, List<RedFlagRule> redFlags,
                             List<CategoryDefinition> categories, List<ClusterDefinition> clusters,
                             List<AgeEvidence> ageEvidence, ModelConventions conventions, List<Message> messages,
                             QuestionnaireRules questionnaireRules, List<TriageAction> triageActions,
                             List<CorrelatedGroup> correlatedGroups) {
        this.release = release;
        this.findings = index(findings, FindingDefinition::code, "finding");
        this.redFlags = index(redFlags, RedFlagRule::code, "red flag");
        Map<DifferentialCategory, CategoryDefinition> byCategory = new EnumMap<>(DifferentialCategory.class);
        categories.forEach(c -> byCategory.put(c.code(), c));
        this.categories = java.util.Collections.unmodifiableMap(byCategory);
        this.clusters = index(clusters, ClusterDefinition::code, "cluster");
        this.ageEvidence = List.copyOf(ageEvidence);
        this.conventions = conventions;
        this.messages = index(messages, Message::code, "message");
        this.questionnaireRules = questionnaireRules;
        Map<TriageLevel, TriageAction> actions = new EnumMap<>(TriageLevel.class);
        triageActions.forEach(a -> actions.put(a.level(), a));
        this.triageActions = java.util.Collections.unmodifiableMap(actions);
        this.correlatedGroups = index(correlatedGroups, CorrelatedGroup::code, "correlated group");
        CatalogueConsistency.check(this);
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> key, String what) {
        Map<String, T> out = new LinkedHashMap<>();
        for (T item : items) {
            if (out.put(key.apply(item), item) != null) {
                throw new IllegalStateException("duplicate " + what + " code " + key.apply(item));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Loads the catalogue bundled in this jar. Throws if the data are inconsistent. */
    public static FindingCatalogue bundled() {
        try {
            Map<String, JsonNode> files = new HashMap<>();
            for (String name : FILES) {
                files.put(name, read(name));
            }
            return load(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled catalogue", e);
        }
    }

    /**
     * Loads a catalogue from the five JSON documents (keyed by file name, e.g. {@code findings.json}); used by
     * the integrity tests to show that a broken catalogue is refused. Throws if the data are inconsistent.
     */
    public static FindingCatalogue fromJson(Map<String, JsonNode> files) {
        try {
            return load(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalogue", e);
        }
    }

    /** The names of the catalogue files, for {@link #fromJson}. */
    public static final List<String> FILES = List.of("findings.json", "red-flags.json", "categories.json",
            "messages.json", "questionnaires.json");

    /** Reads one bundled catalogue file as a tree (for tests and tools). */
    public static JsonNode bundledFile(String name) {
        try {
            return read(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static FindingCatalogue load(Map<String, JsonNode> files) throws IOException {
        JsonNode findingsFile = files.get("findings.json");
        JsonNode redFlagsFile = files.get("red-flags.json");
        JsonNode categoriesFile = files.get("categories.json");
        JsonNode messagesFile = files.get("messages.json");
        JsonNode questionnairesFile = files.get("questionnaires.json");
        String release = findingsFile.path("release").asText();
        for (JsonNode file : List.of(redFlagsFile, categoriesFile, messagesFile, questionnairesFile)) {
            if (!release.equals(file.path("release").asText())) {
                throw new IllegalStateException("catalogue files disagree on the release: " + release
                        + " vs " + file.path("release").asText());
            }
        }
        return new FindingCatalogue(
                release,
                list(findingsFile.path("findings"), FindingDefinition.class),
                list(redFlagsFile.path("redFlags"), RedFlagRule.class),
                list(categoriesFile.path("categories"), CategoryDefinition.class),
                list(categoriesFile.path("clusters"), ClusterDefinition.class),
                list(categoriesFile.path("ageEvidence"), AgeEvidence.class),
                JSON.treeToValue(categoriesFile.path("conventions"), ModelConventions.class),
                list(messagesFile.path("messages"), Message.class),
                JSON.treeToValue(questionnairesFile.path("rules"), QuestionnaireRules.class),
                list(redFlagsFile.path("levels"), TriageAction.class),
                list(categoriesFile.path("correlatedGroups"), CorrelatedGroup.class));
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = FindingCatalogue.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IOException("missing resource " + BASE + name);
            }
            return JSON.readTree(in);
        }
    }

    private static <T> List<T> list(JsonNode array, Class<T> type) throws IOException {
        List<T> out = new ArrayList<>();
        for (JsonNode node : array) {
            out.add(JSON.treeToValue(node, type));
        }
        return out;
    }

    /** The content release, e.g. {@code 2026.12.0}. */
    public String release() {
        return release;
    }

    /** Every finding code, in catalogue order. */
    public List<FindingDefinition> findings() {
        return List.copyOf(findings.values());
    }

    public Optional<FindingDefinition> find(String code) {
        return Optional.ofNullable(code == null ? null : findings.get(code));
    }

    /**
     * What a clinician calls a finding, cluster or joint figure in {@code language} (a joint figure: its findings
     * joined by " + "), for result texts; the code itself only when the catalogue has no name for it.
     */
    public String label(String code, String language) {
        if (code == null) {
            return null;
        }
        FindingDefinition finding = findings.get(code);
        if (finding != null && finding.name() != null) {
            return finding.name().in(language);
        }
        Message named = messages.get("label." + code); // e.g. the age contribution, which is no catalogue finding
        if (named != null) {
            return named.text().in(language);
        }
        ClusterDefinition cluster = clusters.get(code);
        if (cluster != null && cluster.name() != null) {
            return cluster.name().in(language);
        }
        for (CorrelatedGroup g : correlatedGroups.values()) {
            for (CorrelatedGroup.JointFigure joint : g.joint()) {
                if (joint.code().equals(code)) {
                    return String.join(" + ", joint.allPositive().stream().map(f -> label(f, language)).toList());
                }
            }
        }
        return code;
    }

    /** Every red-flag triage rule (single flags and combinations). */
    public List<RedFlagRule> redFlags() {
        return List.copyOf(redFlags.values());
    }

    public Optional<RedFlagRule> redFlag(String code) {
        return Optional.ofNullable(code == null ? null : redFlags.get(code));
    }

    /** The six categories in enum order. */
    public List<CategoryDefinition> categories() {
        return List.copyOf(categories.values());
    }

    public CategoryDefinition category(DifferentialCategory code) {
        return categories.get(code);
    }

    public List<ClusterDefinition> clusters() {
        return List.copyOf(clusters.values());
    }

    public Optional<ClusterDefinition> cluster(String code) {
        return Optional.ofNullable(code == null ? null : clusters.get(code));
    }

    /** Groups of correlated findings: each group is scored as one node, never as a product. */
    public List<CorrelatedGroup> correlatedGroups() {
        return List.copyOf(correlatedGroups.values());
    }

    public List<AgeEvidence> ageEvidence() {
        return ageEvidence;
    }

    public ModelConventions conventions() {
        return conventions;
    }

    public List<Message> messages() {
        return List.copyOf(messages.values());
    }

    /** A warning or next-step text; throws for an unknown code (a programming error). */
    public Message message(String code) {
        Message m = messages.get(code);
        if (m == null) {
            throw new IllegalArgumentException("no message " + code);
        }
        return m;
    }

    /** The overall action for a triage level. */
    public TriageAction triageAction(TriageLevel level) {
        return triageActions.get(level);
    }

    public QuestionnaireRules questionnaireRules() {
        return questionnaireRules;
    }

    /**
     * Checks findings against the catalogue. Paths are {@code findings[i]}, {@code findings[i].code},
     * {@code findings[i].value}, {@code findings[i].side}. Empty list = valid.
     */
    public List<Violation> validate(List<Finding> input) {
        List<RawFinding> raw = new ArrayList<>();
        if (input != null) {
            for (Finding f : input) {
                raw.add(f == null ? null : new RawFinding(f.code(), f.value(), f.side() == null ? null : f.side().wire()));
            }
        }
        return validateRaw(input == null ? null : raw);
    }

    /** As {@link #validate(List)}, for findings whose side is still the submitted string. */
    public List<Violation> validateRaw(List<RawFinding> input) {
        List<Violation> out = new ArrayList<>();
        if (input == null) {
            return out;
        }
        // code -> sides already seen (null key = side not given), to catch duplicates and overlaps
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        for (int i = 0; i < input.size(); i++) {
            String at = "findings[" + i + "]";
            RawFinding f = input.get(i);
            if (f == null) {
                out.add(new Violation(at, Violation.Kind.REQUIRED, "finding must not be null"));
                continue;
            }
            if (f.code() == null || f.code().isBlank()) {
                out.add(new Violation(at + ".code", Violation.Kind.REQUIRED, "code is required"));
                continue;
            }
            FindingDefinition def = findings.get(f.code());
            if (def == null) {
                out.add(new Violation(at + ".code", Violation.Kind.UNKNOWN_CODE,
                        "unknown finding code '" + f.code() + "'"));
                continue;
            }
            checkValue(def, f.value(), at + ".value", out);
            String side = null;
            if (f.side() != null) {
                if (!def.sideApplies()) {
                    out.add(new Violation(at + ".side", Violation.Kind.SIDE_NOT_APPLICABLE,
                            "'" + def.code() + "' takes no side"));
                } else if (Side.fromWire(f.side()) == null) {
                    out.add(new Violation(at + ".side", Violation.Kind.INVALID_SIDE,
                            "side must be left, right or bilateral, not '" + f.side() + "'"));
                } else {
                    side = Side.fromWire(f.side()).wire();
                }
            }
            Map<String, Integer> sides = seen.computeIfAbsent(def.code(), k -> new HashMap<>());
            Integer clash = clash(sides, side);
            if (clash != null) {
                out.add(new Violation(at, Violation.Kind.DUPLICATE, "'" + def.code() + "'"
                        + (side == null ? "" : " (" + side + ")") + " is already given at findings[" + clash + "]"));
            } else {
                sides.put(side, i);
            }
        }
        return out;
    }

    // Same code twice is a duplicate unless the two are left and right; "bilateral" or no side covers both.
    private static Integer clash(Map<String, Integer> sides, String side) {
        if (sides.isEmpty()) {
            return null;
        }
        if (side == null || side.equals("bilateral")) {
            return sides.values().iterator().next();
        }
        for (String covering : new String[] {side, null, "bilateral"}) {
            if (sides.containsKey(covering)) {
                return sides.get(covering);
            }
        }
        return null;
    }

    private static void checkValue(FindingDefinition def, Object value, String path, List<Violation> out) {
        if (value == null) {
            out.add(new Violation(path, Violation.Kind.REQUIRED, "value is required"));
            return;
        }
        if (def.valueType() == ValueType.BOOLEAN) {
            if (!(value instanceof Boolean)) {
                out.add(new Violation(path, Violation.Kind.WRONG_TYPE, "'" + def.code() + "' takes true or false"));
            }
            return;
        }
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            out.add(new Violation(path, Violation.Kind.WRONG_TYPE,
                    "'" + def.code() + "' takes a number (" + def.unit() + ")"));
            return;
        }
        double v = n.doubleValue();
        if ((def.min() != null && v < def.min()) || (def.max() != null && v > def.max())) {
            out.add(new Violation(path, Violation.Kind.OUT_OF_RANGE, "'" + def.code() + "' must be between "
                    + plain(def.min()) + " and " + plain(def.max()) + " " + def.unit() + ", not " + plain(v)));
        }
    }

    private static String plain(Double d) {
        if (d == null) {
            return "?";
        }
        return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
    }

    static Set<String> codes(Map<String, ?> map) {
        return map.keySet();
    }

    Map<String, FindingDefinition> findingMap() {
        return findings;
    }

    Map<String, ClusterDefinition> clusterMap() {
        return clusters;
    }
}
