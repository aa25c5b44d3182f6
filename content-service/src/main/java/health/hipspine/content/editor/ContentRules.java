package health.hipspine.content.editor;

import java.util.Set;
import java.util.regex.Pattern;

/** The controlled vocabularies a record may use. Adding a value here is a code change, on purpose. */
public final class ContentRules {

    public static final Pattern CODE = Pattern.compile("^[a-z0-9]+(?:[.-][a-z0-9]+)*$");
    public static final int CODE_MAX = 80;
    public static final Pattern RED_FLAG_CODE = Pattern.compile("^redflag\\.[a-z0-9]+(?:-[a-z0-9]+)*$");
    /** ICD-10-CM: a category (e.g. M16.1-, a trailing dash meaning "more characters needed") or a full code. */
    public static final Pattern ICD10CM = Pattern.compile("^[A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{1,4})?-?$");
    /** SNOMED CT concept identifiers are 6 to 18 digits. */
    public static final Pattern SNOMED_CT = Pattern.compile("^[1-9][0-9]{5,17}$");

    public static final Set<String> CONDITION_REGIONS = Set.of("hip", "lumbar", "sacroiliac", "pelvic", "mixed");
    public static final Set<String> EXERCISE_REGIONS =
            Set.of("hip", "lumbar", "sacroiliac", "pelvic", "core", "whole-body");
    public static final Set<String> EXERCISE_CATEGORIES = Set.of(
            "hip-mobility", "hip-strengthening", "tendon-loading", "balance", "core-stability", "lumbar-mobility",
            "flexibility", "motor-control", "neural-mobility", "pelvic-floor", "breathing", "low-impact-cardio");
    public static final Set<String> EQUIPMENT = Set.of(
            "none", "mat", "chair", "step", "wall", "table", "towel", "pillow", "resistance-band", "dumbbell",
            "kettlebell", "foam-pad", "bosu", "pool", "bicycle", "stationary-bike");
    public static final Set<String> AUDIENCES = Set.of("patient", "clinician");

    private ContentRules() {
    }
}
