package health.hipspine.report.rendering;

import health.hipspine.model.ClinicalModel;
import health.hipspine.model.catalogue.CategoryDefinition;
import health.hipspine.report.SampleEvents;
import health.hipspine.report.client.ContentLookup;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The report names a differential category exactly as the clinical model's catalogue does (issue #9). */
class CategoryLabelsTest {

    private static String catalogueName(String code, String language) {
        return ClinicalModel.standard().catalogue().categories().stream()
                .filter(c -> c.code().name().equals(code))
                .map(CategoryDefinition::name)
                .findFirst().orElseThrow().in(language);
    }

    @Test
    void aRenderedReportsCategoryLabelsAreTheCataloguesEnglishNames() {
        ClinicianReportView view = new ClinicianReportComposer().compose(
                SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-1"), ContentLookup.NONE, "t", 1, Instant.now());

        assertThat(view.topCategory()).isEqualTo(catalogueName("HIP_INTRA_ARTICULAR", "en"));
        assertThat(view.differential()).extracting(ClinicianReportView.DifferentialBar::label).containsExactly(
                catalogueName("HIP_INTRA_ARTICULAR", "en"), catalogueName("LUMBAR_RADICULAR", "en"),
                catalogueName("LUMBAR_STENOSIS", "en"), catalogueName("LUMBAR_NONSPECIFIC", "en"),
                catalogueName("HIP_LATERAL", "en"), catalogueName("SACROILIAC", "en"));
        assertThat(view.topContributions()).allSatisfy(row -> assertThat(row.category()).isIn(
                ClinicalModel.standard().catalogue().categories().stream().map(c -> c.name().en()).toList()));
    }

    @Test
    void everyCatalogueCategoryHasItsLabelInEnglishAndSpanish() {
        for (CategoryDefinition category : ClinicalModel.standard().catalogue().categories()) {
            String code = category.code().name();
            assertThat(CategoryLabels.label(code, "en")).isEqualTo(category.name().en());
            assertThat(CategoryLabels.label(code, "es")).isEqualTo(category.name().in("es"));
        }
        assertThat(CategoryLabels.label("LUMBAR_STENOSIS", "es")).isEqualTo("Estenosis de canal lumbar");
    }

    @Test
    void aCodeTheCatalogueDoesNotKnowIsPrintedAsItIs() {
        assertThat(CategoryLabels.label("SOMETHING_NEW", "en")).isEqualTo("SOMETHING_NEW");
        assertThat(CategoryLabels.label(null, "en")).isEqualTo("-");
    }
}
