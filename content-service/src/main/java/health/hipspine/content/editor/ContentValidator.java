package health.hipspine.content.editor;

import com.fasterxml.jackson.databind.JsonNode;
import health.hipspine.content.catalogue.ContentKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static health.hipspine.content.editor.ContentRules.*;

/**
 * The rules every record must pass, whether it comes from a release file or an editor: required
 * fields, both languages for every text, controlled vocabularies, ranges, and links that resolve. It
 * returns every violation at once, each naming its field path, so an editor can fix them in one go.
 */
@ApplicationScoped
public class ContentValidator {

    /** The codes links may point at: exercises and conditions known to the catalogue (retired included). */
    public record Vocabulary(Set<String> exerciseCodes, Set<String> conditionCodes, Set<String> findingCodes,
                             Set<String> redFlagCodes) {
    }

    public List<Violation> validate(ContentKind kind, JsonNode doc, Vocabulary vocabulary) {
        Check c = new Check(doc);
        if (!doc.isObject()) {
            c.fail("", "must be a JSON object");
            return c.violations;
        }
        c.code("code", true);
        c.text("name", true);
        switch (kind) {
            case CONDITION -> condition(c, vocabulary);
            case EXERCISE -> exercise(c, vocabulary);
            case EDUCATION -> education(c, vocabulary);
        }
        return c.violations;
    }

    private void condition(Check c, Vocabulary v) {
        c.oneOf("region", CONDITION_REGIONS, true);
        c.text("description", true);
        c.text("presentation", true);
        c.bool("serious");
        c.codes("distinguishingFindings", CODE, v.findingCodes(), "is not a finding code of the clinical model", false);
        c.codes("icd10cm", ICD10CM, null, "is not an ICD-10-CM code", false);
        c.codes("snomedCt", SNOMED_CT, null, "is not a SNOMED CT concept id", false);
        c.text("mappingNote", false);
        c.codes("helpfulExerciseCategories", CODE, EXERCISE_CATEGORIES, "is not an exercise category", false);
        c.codes("exercisesToAvoid", CODE, v.exerciseCodes(), "is not a known exercise code", false);
        c.codes("redFlagCodes", RED_FLAG_CODE, v.redFlagCodes(), "is not a red-flag code (redflag.*) of the clinical model", false);
        c.sources(true);
    }

    private void exercise(Check c, Vocabulary v) {
        String self = c.doc.path("code").asText("");
        c.oneOf("category", EXERCISE_CATEGORIES, true);
        c.oneOf("region", EXERCISE_REGIONS, true);
        c.textList("targetMuscles", true, 1);
        c.text("summary", true);
        c.textList("steps", true, 2);
        JsonNode dosage = c.doc.get("dosage");
        if (dosage == null || !dosage.isObject()) {
            c.fail("dosage", "is required and must be an object");
        } else {
            c.integer("dosage.sets", dosage.get("sets"), 1, 10, false);
            c.integer("dosage.reps", dosage.get("reps"), 1, 100, false);
            c.integer("dosage.holdSeconds", dosage.get("holdSeconds"), 1, 600, false);
            c.integer("dosage.durationMinutes", dosage.get("durationMinutes"), 1, 240, false);
            c.text("dosage.frequency", dosage.get("frequency"), true);
            c.text("dosage.text", dosage.get("text"), true);
            if (isMissing(dosage.get("reps")) && isMissing(dosage.get("holdSeconds"))
                    && isMissing(dosage.get("durationMinutes"))) {
                c.fail("dosage", "needs reps, holdSeconds or durationMinutes");
            }
        }
        c.integer("difficulty", c.doc.get("difficulty"), 1, 5, true);
        c.codes("progressionCodes", CODE, v.exerciseCodes(), "is not a known exercise code", false);
        c.codes("regressionCodes", CODE, v.exerciseCodes(), "is not a known exercise code", false);
        for (String links : List.of("progressionCodes", "regressionCodes")) {
            JsonNode array = c.doc.path(links);
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).asText().equals(self)) {
                    c.fail(links + "[" + i + "]", "an exercise cannot link to itself");
                }
            }
        }
        c.codes("equipment", CODE, EQUIPMENT, "is not a known equipment code", true);
        c.textList("precautions", true, 0);
        JsonNode contra = c.doc.get("contraindications");
        if (contra != null && !contra.isNull()) {
            if (!contra.isArray()) {
                c.fail("contraindications", "must be an array");
            } else {
                for (int i = 0; i < contra.size(); i++) {
                    JsonNode item = contra.get(i);
                    String path = "contraindications[" + i + "]";
                    String condition = item.path("conditionCode").asText("");
                    if (!v.conditionCodes().contains(condition)) {
                        c.fail(path + ".conditionCode", "is not a known condition code");
                    }
                    c.text(path + ".text", item.get("text"), true);
                }
            }
        }
        c.codes("conditionCodes", CODE, v.conditionCodes(), "is not a known condition code", false);
        c.sources(false);
    }

    private void education(Check c, Vocabulary v) {
        c.oneOf("audience", AUDIENCES, true);
        c.text("summary", true);
        c.textList("body", true, 1);
        c.codes("conditionCodes", CODE, v.conditionCodes(), "is not a known condition code", false);
        c.sources(false);
    }

    private static boolean isMissing(JsonNode node) {
        return node == null || node.isNull();
    }

    /** Collects violations for one document. */
    private static final class Check {
        final JsonNode doc;
        final List<Violation> violations = new ArrayList<>();

        Check(JsonNode doc) {
            this.doc = doc;
        }

        void fail(String field, String message) {
            violations.add(new Violation(field, message));
        }

        void code(String field, boolean required) {
            JsonNode node = doc.get(field);
            if (isMissing(node)) {
                if (required) {
                    fail(field, "is required");
                }
            } else if (!node.isTextual() || !CODE.matcher(node.asText()).matches() || node.asText().length() > CODE_MAX) {
                fail(field, "must be lower-case words joined by '-' or '.', at most " + CODE_MAX + " characters");
            }
        }

        void text(String field, boolean required) {
            text(field, doc.get(field), required);
        }

        /** A bilingual text: {"en": "...", "es": "..."}, both present and not blank. */
        void text(String field, JsonNode node, boolean required) {
            if (isMissing(node)) {
                if (required) {
                    fail(field, "is required");
                }
                return;
            }
            if (!node.isObject()) {
                fail(field, "must be an object with an English (en) and a Spanish (es) text");
                return;
            }
            for (String lang : List.of("en", "es")) {
                JsonNode t = node.get(lang);
                if (t == null || !t.isTextual() || t.asText().isBlank()) {
                    fail(field + "." + lang, "is required and must not be blank");
                } else if (t.asText().length() > 4000) {
                    fail(field + "." + lang, "must be at most 4000 characters");
                }
            }
            node.fieldNames().forEachRemaining(name -> {
                if (!name.equals("en") && !name.equals("es")) {
                    fail(field + "." + name, "is not a supported language (en, es)");
                }
            });
        }

        /** A bilingual list: {"en": [...], "es": [...]} with the same number of non-blank items. */
        void textList(String field, boolean required, int min) {
            JsonNode node = doc.get(field);
            if (isMissing(node)) {
                if (required) {
                    fail(field, "is required");
                }
                return;
            }
            if (!node.isObject()) {
                fail(field, "must be an object with English (en) and Spanish (es) lists");
                return;
            }
            for (String lang : List.of("en", "es")) {
                JsonNode list = node.get(lang);
                if (list == null || !list.isArray()) {
                    fail(field + "." + lang, "is required and must be an array of texts");
                    continue;
                }
                if (list.size() < min) {
                    fail(field + "." + lang, "needs at least " + min + " item(s)");
                }
                for (int i = 0; i < list.size(); i++) {
                    if (!list.get(i).isTextual() || list.get(i).asText().isBlank()) {
                        fail(field + "." + lang + "[" + i + "]", "must be a non-blank text");
                    }
                }
            }
            if (node.path("en").isArray() && node.path("es").isArray() && node.get("en").size() != node.get("es").size()) {
                fail(field + ".es", "must have as many items as the English list");
            }
        }

        void oneOf(String field, Collection<String> allowed, boolean required) {
            JsonNode node = doc.get(field);
            if (isMissing(node)) {
                if (required) {
                    fail(field, "is required");
                }
            } else if (!node.isTextual() || !allowed.contains(node.asText())) {
                fail(field, "must be one of " + new java.util.TreeSet<>(allowed));
            }
        }

        void bool(String field) {
            JsonNode node = doc.get(field);
            if (!isMissing(node) && !node.isBoolean()) {
                fail(field, "must be true or false");
            }
        }

        void integer(String field, JsonNode node, int min, int max, boolean required) {
            if (isMissing(node)) {
                if (required) {
                    fail(field, "is required");
                }
            } else if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
                fail(field, "must be a whole number from " + min + " to " + max);
            }
        }

        /** An array of codes, each matching {@code pattern} and, when given, one of {@code known}. */
        void codes(String field, Pattern pattern, Collection<String> known, String unknownMessage, boolean required) {
            JsonNode node = doc.get(field);
            if (isMissing(node)) {
                if (required) {
                    fail(field, "is required");
                }
                return;
            }
            if (!node.isArray()) {
                fail(field, "must be an array");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                String value = node.get(i).isTextual() ? node.get(i).asText() : null;
                if (value == null || !pattern.matcher(value).matches()) {
                    fail(field + "[" + i + "]", unknownMessage);
                } else if (known != null && !known.contains(value)) {
                    fail(field + "[" + i + "]", unknownMessage);
                }
            }
        }

        void sources(boolean required) {
            JsonNode node = doc.get("sources");
            if (isMissing(node) || (node.isArray() && node.isEmpty())) {
                if (required) {
                    fail("sources", "needs at least one source");
                }
                return;
            }
            if (!node.isArray()) {
                fail("sources", "must be an array of citations");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isTextual() || node.get(i).asText().isBlank()) {
                    fail("sources[" + i + "]", "must be a non-blank citation");
                }
            }
        }
    }
}
