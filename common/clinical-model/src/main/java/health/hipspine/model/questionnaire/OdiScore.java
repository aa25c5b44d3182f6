package health.hipspine.model.questionnaire;

/** Oswestry Disability Index: percent 0-100 (one decimal), band and how many of the 10 sections were answered. */
public record OdiScore(double percent, OdiBand band, int sectionsAnswered) {
}
