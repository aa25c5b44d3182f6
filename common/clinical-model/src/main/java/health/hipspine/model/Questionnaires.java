package health.hipspine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Raw questionnaire answers; every part is optional (null).
 *
 * @param odi       10 Oswestry section scores 0-5, null for an unanswered section
 * @param startBack 9 STarT Back answers: items 1-8 are 0 (disagree) or 1 (agree); item 9 is 0-4
 *                  (not at all, slightly, moderately, very much, extremely)
 * @param nprs      numeric pain rating now, 0-10
 */
public record Questionnaires(List<Integer> odi, List<Integer> startBack, Integer nprs) {

    public static final Questionnaires NONE = new Questionnaires(null, null, null);

    public Questionnaires {
        odi = copy(odi);
        startBack = copy(startBack);
    }

    // List.copyOf rejects nulls, but an unanswered ODI section is a null.
    private static List<Integer> copy(List<Integer> items) {
        return items == null ? null : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
