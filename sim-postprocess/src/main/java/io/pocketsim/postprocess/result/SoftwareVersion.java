package io.pocketsim.postprocess.result;

/** The version of this software, as recorded in manifests. */
public final class SoftwareVersion {
    /** Recorded when the classes do not come from a packaged jar (e.g. in an IDE or a test run). */
    public static final String UNKNOWN = "unknown";

    private SoftwareVersion() {
    }

    /** The {@code Implementation-Version} of the packaged jar, or {@value #UNKNOWN}. */
    public static String current() {
        String v = SoftwareVersion.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? UNKNOWN : v;
    }
}
