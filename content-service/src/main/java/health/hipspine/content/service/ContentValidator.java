package health.hipspine.content.service;

import health.hipspine.content.domain.ConditionSource;
import health.hipspine.content.domain.ContentRules;
import health.hipspine.content.domain.ContentSource;
import health.hipspine.content.domain.EducationSource;
import health.hipspine.content.domain.ExerciseSource;
import health.hipspine.content.domain.LocalizedList;
import health.hipspine.content.domain.LocalizedText;
import health.hipspine.kit.problem.Violation;
import health.hipspine.model.language.SpanishRegister;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules Bean Validation on the typed records cannot express: links that must resolve (to other
 * records, or to the clinical model's findings and red flags), an exercise that links to itself, a
 * dosage that says how much, bilingual lists that match item by item, and Spanish that speaks as usted
 * (docs/glossary-es.md). Pure: the codes links may point at come in as a {@link Vocabulary}.
 */
public final class ContentValidator {

    /** The codes links may point at: exercises and conditions known to the catalogue (retired included). */
    public record Vocabulary(Set<String> exerciseCodes, Set<String> conditionCodes, Set<String> findingCodes,
                             Set<String> redFlagCodes) {
    }

    private ContentValidator() {
    }

    public static List<Violation> validate(ContentSource source, Vocabulary v) {
        List<Violation> out = new ArrayList<>();
        printable(out, "", source);
        switch (source) {
            case ConditionSource c -> {
                known(out, "distinguishingFindings", c.distinguishingFindings(), v.findingCodes(),
                        "is not a finding code of the clinical model");
                known(out, "exercisesToAvoid", c.exercisesToAvoid(), v.exerciseCodes(), "is not a known exercise code");
                known(out, "redFlagCodes", c.redFlagCodes(), v.redFlagCodes(),
                        "is not a red-flag code (redflag.*) of the clinical model");
            }
            case ExerciseSource e -> {
                bilingual(out, "targetMuscles", e.targetMuscles(), 1);
                bilingual(out, "steps", e.steps(), 2);
                bilingual(out, "precautions", e.precautions(), 0);
                ExerciseSource.Dosage d = e.dosage();
                if (d != null && d.reps() == null && d.holdSeconds() == null && d.durationMinutes() == null) {
                    out.add(new Violation("dosage", "needs reps, holdSeconds or durationMinutes"));
                }
                for (String field : List.of("progressionCodes", "regressionCodes")) {
                    List<String> links = field.equals("progressionCodes") ? e.progressionCodes() : e.regressionCodes();
                    known(out, field, links, v.exerciseCodes(), "is not a known exercise code");
                    for (int i = 0; i < links.size(); i++) {
                        if (links.get(i) != null && links.get(i).equals(e.code())) {
                            out.add(new Violation(field + "[" + i + "]", "an exercise cannot link to itself"));
                        }
                    }
                }
                for (int i = 0; i < e.contraindications().size(); i++) {
                    ExerciseSource.Contraindication c = e.contraindications().get(i);
                    if (c != null && !v.conditionCodes().contains(c.conditionCode())) {
                        out.add(new Violation("contraindications[" + i + "].conditionCode", "is not a known condition code"));
                    }
                }
                for (int i = 0; i < e.watch().size(); i++) {
                    ExerciseSource.Watch w = e.watch().get(i);
                    if (w != null && !v.conditionCodes().contains(w.conditionCode())) {
                        out.add(new Violation("watch[" + i + "].conditionCode", "is not a known condition code"));
                    }
                }
                known(out, "conditionCodes", e.conditionCodes(), v.conditionCodes(), "is not a known condition code");
            }
            case EducationSource e -> {
                bilingual(out, "body", e.body(), 1);
                known(out, "conditionCodes", e.conditionCodes(), v.conditionCodes(), "is not a known condition code");
            }
        }
        usted(out, "", source);
        return out;
    }

    /**
     * Every Spanish text of the record, found by walking its record components (so a new text field is covered
     * without a change here), must not use the tú register.
     */
    private static void usted(List<Violation> out, String path, Object value) {
        switch (value) {
            case null -> { }
            case LocalizedText t -> register(out, path + ".es", t.es());
            case LocalizedList l -> {
                for (int i = 0; l.es() != null && i < l.es().size(); i++) {
                    register(out, path + ".es[" + i + "]", l.es().get(i));
                }
            }
            case List<?> items -> {
                for (int i = 0; i < items.size(); i++) {
                    usted(out, path + "[" + i + "]", items.get(i));
                }
            }
            case Record r -> {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    try {
                        usted(out, (path.isEmpty() ? "" : path + ".") + c.getName(), c.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + c, e);
                    }
                }
            }
            default -> { }
        }
    }

    private static void register(List<Violation> out, String field, String spanish) {
        List<String> forms = SpanishRegister.tuForms(spanish);
        if (!forms.isEmpty()) {
            out.add(new Violation(field, "uses the tú register (" + String.join(", ", forms)
                    + "); Spanish text addresses the reader as usted (docs/glossary-es.md)"));
        }
    }

    private static void known(List<Violation> out, String field, List<String> codes, Set<String> known, String message) {
        for (int i = 0; i < codes.size(); i++) {
            // a null item is no known code either (Set.of(...).contains(null) would throw: a 500)
            if (codes.get(i) == null || !known.contains(codes.get(i))) {
                out.add(new Violation(field + "[" + i + "]", message));
            }
        }
    }

    /** Each language has at least {@code min} items, and Spanish has as many as English. */
    private static void bilingual(List<Violation> out, String field, LocalizedList list, int min) {
        if (list == null || list.en() == null || list.es() == null) {
            return; // Bean Validation reports the missing list
        }
        if (list.en().size() < min) {
            out.add(new Violation(field + ".en", "needs at least " + min + " item(s)"));
        }
        if (list.es().size() < min) {
            out.add(new Violation(field + ".es", "needs at least " + min + " item(s)"));
        }
        if (list.en().size() != list.es().size()) {
            out.add(new Violation(field + ".es", "must have as many items as the English list"));
        }
    }

    /**
     * Every text of the record, at any depth, holds only XML characters: a control character would make every
     * report and handout that prints it fail, and U+0000 cannot be stored in a jsonb column at all. Walks the
     * record components (their names are the JSON field names), so a new text field is covered without a change.
     */
    private static void printable(List<Violation> out, String path, Object value) {
        switch (value) {
            case null -> { }
            case String text -> {
                int bad = ContentRules.firstNonXmlCharacter(text);
                if (bad >= 0) {
                    out.add(new Violation(path, ContentRules.XML_CHARACTER_MESSAGE.formatted(bad)));
                }
            }
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    printable(out, path + "[" + i + "]", list.get(i));
                }
            }
            case Record record -> {
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    try {
                        printable(out, (path.isEmpty() ? "" : path + ".") + component.getName(), component.getAccessor().invoke(record));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + component, e);
                    }
                }
            }
            default -> { }
        }
    }
}
