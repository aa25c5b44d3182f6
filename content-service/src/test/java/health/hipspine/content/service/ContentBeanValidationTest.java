package health.hipspine.content.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.hipspine.content.domain.ContentKind;
import health.hipspine.content.domain.ContentSource;
import health.hipspine.kit.problem.Violation;
import health.hipspine.content.mapping.ContentMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The typed records' annotations name the same field paths the hand-written validator did. */
class ContentBeanValidationTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ContentMapper MAPPER = new ContentMapper(JSON);
    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    static ObjectNode exercise() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"code":"wall-sit","name":{"en":"Wall sit","es":"Sentadilla en pared"},"category":"hip-strengthening",
                 "region":"hip","targetMuscles":{"en":["quadriceps"],"es":["cuádriceps"]},
                 "summary":{"en":"Hold.","es":"Mantenga."},"steps":{"en":["a","b"],"es":["x","y"]},
                 "dosage":{"sets":3,"holdSeconds":30,"frequency":{"en":"Daily","es":"A diario"},
                           "text":{"en":"3 x 30 s","es":"3 x 30 s"}},
                 "difficulty":2,"equipment":["wall"],"precautions":{"en":[],"es":[]},"sources":["Test"]}""");
    }

    static List<Violation> violations(ObjectNode document) throws Exception {
        ContentSource source = MAPPER.read(ContentKind.EXERCISE, document);
        return ContentMapper.violations(VALIDATOR.validate(source));
    }

    @Test
    void aValidExercisePasses() throws Exception {
        assertThat(violations(exercise())).isEmpty();
    }

    @Test
    void violationsNameJsonPathsIntoTextsListsAndNestedRecords() throws Exception {
        ObjectNode doc = exercise();
        ((ObjectNode) doc.get("name")).put("es", " ");
        doc.put("difficulty", 9);
        doc.put("category", "juggling");
        doc.withArray("equipment").add("trampoline");
        ((com.fasterxml.jackson.databind.node.ArrayNode) doc.get("steps").get("es")).set(1, JSON.getNodeFactory().textNode(""));
        ((ObjectNode) doc.get("dosage")).put("sets", 0);
        doc.remove("region");
        assertThat(violations(doc)).extracting(Violation::field).containsExactly("category", "difficulty",
                "dosage.sets", "equipment[1]", "name.es", "region", "steps.es[1]");
    }

    @Test
    void unknownFieldsAndWrongTypesAreViolationsNotErrors() throws Exception {
        ObjectNode typo = exercise();
        typo.put("difficulity", 2);
        assertThatThrownBy(() -> MAPPER.read(ContentKind.EXERCISE, typo))
                .isInstanceOfSatisfying(ContentMapper.InvalidContent.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("difficulity", "is not a known field")));
        ObjectNode wrong = exercise();
        wrong.put("name", "Wall sit");
        assertThatThrownBy(() -> MAPPER.read(ContentKind.EXERCISE, wrong))
                .isInstanceOfSatisfying(ContentMapper.InvalidContent.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("name"));
        ObjectNode text = exercise();
        text.put("difficulty", "2");
        assertThatThrownBy(() -> MAPPER.read(ContentKind.EXERCISE, text))
                .isInstanceOfSatisfying(ContentMapper.InvalidContent.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("difficulty"));
    }
}
