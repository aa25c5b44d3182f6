package health.hipspine.model.differential;

/** The six pain-source categories of the differential. Not mutually exclusive (hip-spine syndrome). */
public enum DifferentialCategory {
    HIP_INTRA_ARTICULAR(Region.HIP),
    HIP_LATERAL(Region.HIP),
    LUMBAR_RADICULAR(Region.SPINE),
    LUMBAR_STENOSIS(Region.SPINE),
    SACROILIAC(Region.PELVIS),
    LUMBAR_NONSPECIFIC(Region.SPINE);

    /** Where the pain source sits; hip-spine syndrome pairs a HIP with a SPINE category. */
    public enum Region { HIP, SPINE, PELVIS }

    private final Region region;

    DifferentialCategory(Region region) {
        this.region = region;
    }

    public Region region() {
        return region;
    }
}
