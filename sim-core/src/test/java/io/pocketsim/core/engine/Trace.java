package io.pocketsim.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mutable test state: an event log plus a few numbers and the last combined signals a state update saw. */
final class Trace {
    final List<String> events = new ArrayList<>();
    final Map<String, Double> combined = new LinkedHashMap<>();
    double x;
    double y;
    double z;
}
