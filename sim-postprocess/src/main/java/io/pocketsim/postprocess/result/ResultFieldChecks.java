package io.pocketsim.postprocess.result;

/** Argument checks whose messages name the field and quote the value. */
final class ResultFieldChecks {
    private ResultFieldChecks() {
    }

    static void notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank: " + (value == null ? "null" : "\"" + value + "\""));
        }
    }

    static void positive(String field, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " is not strictly positive: " + value);
        }
    }

    static void notNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " is negative: " + value);
        }
    }
}
