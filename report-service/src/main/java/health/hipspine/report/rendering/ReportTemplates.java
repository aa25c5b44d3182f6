package health.hipspine.report.rendering;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The Qute templates of both documents. A standalone engine (not the injected one) so the benchmark and the
 * service render exactly the same way; output is HTML-escaped, which also keeps the XHTML well formed.
 */
public final class ReportTemplates {

    /** Bump when a template changes: stored documents record the version they were made with. */
    public static final String VERSION = "clinician-2026.12-1";

    private final Template clinician;
    private final Template handout;

    public ReportTemplates() {
        Engine engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
                .strictRendering(true)
                .build();
        clinician = engine.parse(read("/report-templates/clinician-report.html"),
                new Variant(Locale.ENGLISH, StandardCharsets.UTF_8, Variant.TEXT_HTML));
        handout = engine.parse(read("/report-templates/patient-handout.html"),
                new Variant(Locale.ENGLISH, StandardCharsets.UTF_8, Variant.TEXT_HTML));
    }

    public String clinician(ClinicianReportView view) {
        return clinician.data("view", view).render();
    }

    public String handout(HandoutView view) {
        return handout.data("view", view).render();
    }

    private static String read(String path) {
        try (InputStream in = ReportTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
