package health.hipspine.model.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish patient text speaks to the reader as <i>usted</i> (docs/glossary-es.md). This finds the words that
 * only the <i>tú</i> register uses, so a test or an editor check can refuse a text that slips back. The list is
 * short on purpose: only words that cannot be read any other way (not "nota", "sigue" or "para", which are also
 * third-person or ordinary words), matched as whole words so "tumbado", "actúa" or "parte" never count.
 */
public final class SpanishRegister {

    /** Pronouns, possessives, second-person verbs and imperatives of the tú register. */
    public static final List<String> TU_FORMS = List.of(
            "tú", "tu", "tus", "te", "ti", "contigo", "tuyo", "tuya", "tuyos", "tuyas",
            "tienes", "puedes", "debes", "estás", "eres", "quieres", "necesitas", "sientes", "haces", "vas",
            "haz", "ten", "pon", "mantén",
            "túmbate", "siéntate", "ponte", "levántate", "colócate", "apóyate", "relájate", "acuéstate",
            "muévete", "estírate", "inclínate", "quédate", "sáltatelo", "coméntaselo");

    // A letter or digit on either side means the form is part of a longer word.
    private static final Pattern TU = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(" + String.join("|", TU_FORMS) + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SpanishRegister() {
    }

    /** The tú-register words in {@code text}, lower-cased, in order of appearance; empty when there are none. */
    public static List<String> tuForms(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = TU.matcher(text);
        while (m.find()) {
            found.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return found;
    }
}
