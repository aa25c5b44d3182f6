package health.hipspine.fhirkit;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

import java.util.List;

/** Search results as a Bundle of type searchset, each entry with its absolute fullUrl and search mode match. */
public final class SearchBundles {

    /**
     * @param base     the server base, e.g. {@code https://host/fhir/r4} (no trailing slash)
     * @param selfUrl  the search as requested, for the self link
     * @param total    all matches, not only this page
     * @param nextUrl  the next page, or null on the last page
     */
    public static Bundle searchset(String base, String selfUrl, List<? extends Resource> page, long total, String nextUrl) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal((int) Math.min(total, Integer.MAX_VALUE));
        bundle.addLink().setRelation("self").setUrl(selfUrl);
        if (nextUrl != null) {
            bundle.addLink().setRelation("next").setUrl(nextUrl);
        }
        for (Resource resource : page) {
            bundle.addEntry()
                    .setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private SearchBundles() {
    }
}
