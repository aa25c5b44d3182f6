package health.hipspine.content.rest;

import health.hipspine.contract.content.ConditionView;
import health.hipspine.contract.content.ContentPage;
import health.hipspine.contract.content.EducationView;
import health.hipspine.contract.content.ExerciseView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The list envelope {@link ContentPage} once per item type, for the OpenAPI document only: an annotation
 * cannot name {@code ContentPage<ExerciseView>}. Their components are those of {@link ContentPage}
 * (a test holds them equal), and readers use {@link ContentPage} itself.
 */
final class ResponseSchemas {

    private ResponseSchemas() {
    }

    @Schema(name = "ConditionPage", description = "One page of conditions in one language")
    record ConditionPage(List<ConditionView> items, long total, int page, int size, String language, String release) {
    }

    @Schema(name = "ExercisePage", description = "One page of exercises in one language")
    record ExercisePage(List<ExerciseView> items, long total, int page, int size, String language, String release) {
    }

    @Schema(name = "EducationPage", description = "One page of education topics in one language")
    record EducationPage(List<EducationView> items, long total, int page, int size, String language, String release) {
    }
}
