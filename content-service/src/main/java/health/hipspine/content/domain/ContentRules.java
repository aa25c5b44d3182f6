package health.hipspine.content.domain;

/**
 * The controlled vocabularies a record may use, as the regular expressions its Bean Validation
 * annotations carry. Adding a value here is a code change, on purpose.
 */
public final class ContentRules {

    /** Lower-case words joined by '-' or '.', at most 80 characters. */
    public static final String CODE = "^(?=.{1,80}$)[a-z0-9]+(?:[.-][a-z0-9]+)*$";
    public static final String CODE_MESSAGE = "must be lower-case words joined by '-' or '.', at most 80 characters";
    public static final String RED_FLAG_CODE = "^redflag\\.[a-z0-9]+(?:-[a-z0-9]+)*$";
    /** ICD-10-CM: a category (e.g. M16.1-, a trailing dash meaning "more characters needed") or a full code. */
    public static final String ICD10CM = "^[A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{1,4})?-?$";
    /** SNOMED CT concept identifiers are 6 to 18 digits. */
    public static final String SNOMED_CT = "^[1-9][0-9]{5,17}$";

    public static final String CONDITION_REGIONS = "^(hip|lumbar|sacroiliac|pelvic|mixed)$";
    public static final String EXERCISE_REGIONS = "^(hip|lumbar|sacroiliac|pelvic|core|whole-body)$";
    public static final String EXERCISE_CATEGORIES = "^(hip-mobility|hip-strengthening|tendon-loading|balance"
            + "|core-stability|lumbar-mobility|flexibility|motor-control|neural-mobility|pelvic-floor|breathing"
            + "|low-impact-cardio)$";
    /** The clinical sequence of a programme: calm and move, then strengthen, then use it in daily function. */
    public static final String EXERCISE_PHASES = "^(mobility|strength|function)$";
    public static final String EQUIPMENT = "^(none|mat|chair|step|wall|table|towel|pillow|resistance-band|dumbbell"
            + "|kettlebell|foam-pad|bosu|pool|bicycle|stationary-bike)$";
    /** A picture file of the release's pictures folder: a plain name, no path. */
    public static final String PICTURE_FILE = "^[a-z0-9]+(?:-[a-z0-9]+)*\\.svg$";
    public static final String AUDIENCES = "^(patient|clinician)$";

    public static final int TEXT_MAX = 4000;
    public static final String XML_CHARACTER_MESSAGE = "contains a control or non-character (U+%04X) that documents cannot print";

    /**
     * Whether a code point may appear in XML 1.0 text (and so in the XHTML the report renderer builds):
     * tab, newline, carriage return and U+0020..U+D7FF, U+E000..U+FFFD, U+10000.. (no lone surrogate).
     */
    public static boolean isXmlCharacter(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    /** The first code point of {@code text} that is not an {@link #isXmlCharacter XML character}, or -1. */
    public static int firstNonXmlCharacter(String text) {
        return text == null ? -1 : text.codePoints().filter(c -> !isXmlCharacter(c)).findFirst().orElse(-1);
    }

    private ContentRules() {
    }
}
