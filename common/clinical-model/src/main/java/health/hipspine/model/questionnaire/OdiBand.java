package health.hipspine.model.questionnaire;

/** Oswestry disability bands (Fairbank 2000): 0-20, 21-40, 41-60, 61-80, 81-100 percent. */
public enum OdiBand {
    MINIMAL, MODERATE, SEVERE, CRIPPLED, BED_BOUND
}
