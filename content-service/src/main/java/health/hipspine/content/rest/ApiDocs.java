package health.hipspine.content.rest;

/** Example bodies and shared texts for the OpenAPI document. */
public final class ApiDocs {

    public static final String LANGUAGE = "Accept-Language decides the language (en, es; English when neither is"
            + " acceptable). Content-Language and the `language` field say which was used.";
    public static final String CACHING = "Every read carries a strong ETag; send it back in If-None-Match to get"
            + " 304 Not Modified without a body.";

    public static final String EXERCISE_EXAMPLE = """
            {"code":"bridge","name":"Bridge","category":"hip-strengthening","region":"hip",
             "targetMuscles":["gluteus maximus","hamstrings"],
             "summary":"Lift the pelvis from crook lying to load the hip extensors.",
             "steps":["Lie on your back, knees bent, feet flat hip-width apart.","..."],
             "dosage":{"sets":3,"reps":10,"holdSeconds":3,"frequency":"Daily","text":"3 sets of 10, hold 3 s at the top"},
             "difficulty":2,"phase":"strength","progressionCodes":["single-leg-bridge"],"regressionCodes":["gluteal-set"],
             "equipment":["mat"],"precautions":["Stop if pain spreads down the leg."],
             "contraindications":[],"watch":[],"conditionCodes":["hip-osteoarthritis","lumbar-muscle-strain"],
             "sources":["Seed article 003"],"imageUrl":"/api/v1/exercises/bridge/image",
             "imageAlt":"Line drawing: a person lying on their back with knees bent and feet flat lifts the hips ...",
             "version":2,"retired":false,"language":"en"}""";

    public static final String CONDITION_EXAMPLE = """
            {"code":"lumbar-spinal-stenosis","name":"Lumbar spinal stenosis","region":"lumbar","serious":false,
             "description":"...","presentation":"...",
             "distinguishingFindings":["relieved.sitting","relieved.bending-forward","pain.bilateral-legs","gait.wide-based"],
             "icd10cm":["M48.061","M48.062"],"snomedCt":[],"mappingNote":"SNOMED CT not mapped",
             "helpfulExerciseCategories":["lumbar-mobility","low-impact-cardio"],
             "exercisesToAvoid":["standing-backward-lean","prone-press-up"],
             "redFlagCodes":["redflag.saddle-anaesthesia","redflag.urinary-retention"],
             "sources":["Suri P, et al. JAMA 2010;304:2628-2636"],"version":1,"retired":false,"language":"en"}""";

    public static final String LIST_EXAMPLE = """
            {"items":[{"code":"bridge","name":"Bridge","version":1,"retired":false}],
             "total":1,"page":0,"size":20,"language":"en","release":"2026.11.0"}""";

    public static final String PROBLEM_422 = """
            {"type":"https://hipspine.health/problems/invalid-submission","status":422,
             "title":"The request body breaks the rules","detail":"2 field(s) break the rules; see violations",
             "violations":[{"field":"name.es","message":"is required and must not be blank"},
                           {"field":"difficulty","message":"must be a whole number from 1 to 5"}]}""";

    private ApiDocs() {
    }
}
