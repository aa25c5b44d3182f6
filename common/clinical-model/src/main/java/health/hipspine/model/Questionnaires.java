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
 * @param hoos12    12 HOOS-12 item scores 0-4 (none to extreme), null for an unanswered item: items 1-4 Pain,
 *                  5-8 Function, 9-12 Quality of life, each in the order of the licensed form (koos.nu)
 */
public record Questionnaires(List<Integer> odi, List<Integer> startBack, Integer nprs, List<Integer> hoos12) {

    public static final Questionnaires NONE = new Questionnaires(null, null, null, null);

    public Questionnaires {
        odi = copy(odi);
        startBack = copy(startBack);
        hoos12 = copy(hoos12);
    }

    /** Without HOOS-12 (the shape before issue 11). */
    public Questionnaires(List<Integer> odi, List<Integer> startBack, Integer nprs) {
        this(odi, startBack, nprs, null);
    }

    // List.copyOf rejects nulls, but an unanswered ODI section is a null.
    private static List<Integer> copy(List<Integer> items) {
        return items == null ? null : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
