package io.pocketsim.experiments.grid;

import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.param.ParameterSchema;
import io.pocketsim.core.param.ParameterSpec;
import io.pocketsim.experiments.model.ModelDescription;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A validated grid, expanded lazily: point {@code i} (1-based) is the {@code (i-1)}-th element of the cartesian
 * product of the swept value lists taken in the model schema's order (first swept key slowest, last fastest; values
 * in the order written), on top of the base set with its fixed overrides, then with derived parameters applied.
 * Index, point and name are converted by mixed-radix arithmetic; no list of points is ever built.
 */
// Mirrors the original's create_sweep: itertools.product over the Base-ordered dict, so the file's key order does
// not matter, only the schema's.
public final class Grid {
    private final GridDefinition definition;
    private final ModelDescription model;
    private final List<String> names;
    private final Object[] base;
    private final int[] sweptPositions;
    private final Object[][] sweptValues;
    private final int[] strides;
    private final int size;
    private final int[] derivedTargets;
    private final DerivedParameter[] derived;
    private final Map<String, Integer> positions;

    private Grid(GridDefinition definition, ModelDescription model, List<String> names, Object[] base,
                 int[] sweptPositions, Object[][] sweptValues, int[] strides, int size, int[] derivedTargets,
                 DerivedParameter[] derived) {
        this.definition = definition;
        this.model = model;
        this.names = names;
        this.base = base;
        this.sweptPositions = sweptPositions;
        this.sweptValues = sweptValues;
        this.strides = strides;
        this.size = size;
        this.derivedTargets = derivedTargets;
        this.derived = derived;
        Map<String, Integer> pos = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            pos.put(names.get(i), i);
        }
        this.positions = pos;
    }

    /**
     * Validates a grid definition against a model and prepares its expansion.
     *
     * @throws IllegalArgumentException whose message starts with the offending key (e.g.
     *                                  {@code protocol.gateway_fee_per_relay}) and says what is allowed
     */
    public static Grid compile(GridDefinition definition, ModelDescription model) {
        DefinitionChecks.header(definition.name(), definition.model(), definition.stateSet(), definition.parameterSet(),
                definition.runs(), definition.days(), model);
        checkAdaptiveName(definition);
        ParameterSchema schema = model.schema();
        List<String> names = schema.names();
        Object[] base = DefinitionChecks.base(schema, model.namedSet(definition.parameterSet()), definition.fixed());

        Set<String> taken = new HashSet<>(definition.fixed().keySet());
        Map<String, List<Object>> swept = new LinkedHashMap<>();
        checkSwept("protocol", definition.protocol(), schema, taken, swept, true);
        checkSwept("environmental", definition.environmental(), schema, taken, swept, false);

        List<String> order = new ArrayList<>(swept.keySet());
        order.sort((a, b) -> Integer.compare(names.indexOf(a), names.indexOf(b)));
        int m = order.size();
        int[] positions = new int[m];
        Object[][] values = new Object[m][];
        for (int j = 0; j < m; j++) {
            positions[j] = names.indexOf(order.get(j));
            values[j] = swept.get(order.get(j)).toArray();
        }
        int[] strides = new int[m];
        long total = 1;
        for (int j = m - 1; j >= 0; j--) {
            strides[j] = (int) total;
            total *= values[j].length;
            if (total > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("protocol/environmental: the grid has more than "
                        + Integer.MAX_VALUE + " points; allowed: at most " + Integer.MAX_VALUE);
            }
        }

        int d = definition.derived().size();
        int[] targets = new int[d];
        DerivedParameter[] derived = definition.derived().toArray(new DerivedParameter[0]);
        Set<String> derivedNames = new HashSet<>();
        for (DerivedParameter p : derived) {
            derivedNames.add(p.parameter());
        }
        for (int k = 0; k < d; k++) {
            DerivedParameter p = derived[k];
            String key = "derived." + p.parameter();
            DefinitionChecks.known(schema, key, p.parameter());
            if (!taken.add(p.parameter())) {
                throw new IllegalArgumentException(key + ": " + p.parameter() + " is already fixed, swept or derived;"
                        + " allowed: one expression for a parameter that is neither fixed nor swept");
            }
            targets[k] = names.indexOf(p.parameter());
            List<String> src = p.sources();
            for (String source : src) {
                DefinitionChecks.known(schema, key, source);
                if (derivedNames.contains(source)) {
                    throw new IllegalArgumentException(key + ": reads derived parameter " + source
                            + "; allowed: parameters that are not derived");
                }
            }
            checkDerivedValues(key, p, src, schema, base, swept);
        }
        return new Grid(definition, model, List.copyOf(names), base, positions, values, strides, (int) total,
                targets, derived);
    }

    private static void checkAdaptiveName(GridDefinition def) {
        if (!def.adaptive()) {
            return;
        }
        if (!GridNames.validName(def.family())) {
            throw new IllegalArgumentException("family: invalid name \"" + def.family() + "\"; allowed: "
                    + GridNames.NAME_CHARACTERS);
        }
        if (def.iteration() < 1) {
            throw new IllegalArgumentException("iteration: not strictly positive: " + def.iteration()
                    + "; allowed: a whole number >= 1");
        }
        String expected = GridNames.gridName(def.family(), def.iteration());
        if (!expected.equals(def.name())) {
            throw new IllegalArgumentException("name: \"" + def.name() + "\" does not match family "
                    + def.family() + " and iteration " + def.iteration() + "; allowed: \"" + expected + "\"");
        }
    }

    private static void checkSwept(String section, Map<String, List<Object>> lists, ParameterSchema schema,
                                   Set<String> taken, Map<String, List<Object>> out, boolean protocol) {
        for (Map.Entry<String, List<Object>> e : lists.entrySet()) {
            String name = e.getKey();
            String key = section + "." + name;
            ParameterSpec spec = DefinitionChecks.known(schema, key, name);
            if (!taken.add(name)) {
                throw new IllegalArgumentException(key + ": " + name
                        + " is already fixed or swept; allowed: each parameter once, in one of fixed, protocol,"
                        + " environmental");
            }
            List<Object> values = e.getValue();
            if (values.isEmpty()) {
                // a protocol bracket needs exactly two values; say so here rather than after the user adds one
                throw new IllegalArgumentException(key + ": empty value list; allowed: "
                        + (protocol ? "exactly 2 values (the bracket [low, high]), each " : "a list of at least one value, each ")
                        + spec.allowed());
            }
            if (protocol && values.size() != 2) {
                throw new IllegalArgumentException(key + ": protocol parameter has " + values.size()
                        + " values " + values + "; allowed: exactly 2 values (the bracket [low, high])");
            }
            List<Object> canonical = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                Object v = DefinitionChecks.value(spec, key + "[" + i + "]", values.get(i));
                if (protocol && !(v instanceof Double)) {
                    throw new IllegalArgumentException(key + "[" + i + "]: protocol value " + DefinitionChecks.show(v)
                            + " is not a number; allowed: numbers (a protocol bracket is bisected)");
                }
                if (canonical.contains(v)) {
                    throw new IllegalArgumentException(key + "[" + i + "]: duplicate value " + DefinitionChecks.show(v)
                            + "; allowed: distinct values");
                }
                canonical.add(v);
            }
            out.put(name, canonical);
        }
    }

    private static void checkDerivedValues(String key, DerivedParameter p, List<String> sources,
                                           ParameterSchema schema, Object[] base, Map<String, List<Object>> swept) {
        List<String> names = schema.names();
        List<List<Object>> options = new ArrayList<>();
        for (String s : sources) {
            List<Object> vals = swept.containsKey(s) ? swept.get(s) : List.of(Arrays.asList(base).get(names.indexOf(s)));
            for (Object v : vals) {
                if (!(v instanceof Double)) {
                    throw new IllegalArgumentException(key + ": source " + s + " has the non-numeric value "
                            + DefinitionChecks.show(v) + "; allowed: numeric source parameters");
                }
            }
            options.add(vals);
        }
        ParameterSpec target = schema.get(p.parameter());
        int[] digit = new int[sources.size()];
        while (true) {
            Map<String, Double> assignment = new LinkedHashMap<>();
            for (int s = 0; s < sources.size(); s++) {
                assignment.put(sources.get(s), (Double) options.get(s).get(digit[s]));
            }
            double v = p.evaluate(assignment::get);
            try {
                target.validate(v);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(key + ": \"" + p.expression() + "\" gives " + v + " for "
                        + assignment + "; " + ex.getMessage(), ex);
            }
            int s = sources.size() - 1;
            while (s >= 0 && ++digit[s] == options.get(s).size()) {
                digit[s] = 0;
                s--;
            }
            if (s < 0) {
                return;
            }
        }
    }

    /** The definition this grid was compiled from. */
    public GridDefinition definition() {
        return definition;
    }

    /** The grid's name (point {@code i} is named {@code name() + i}). */
    public String name() {
        return definition.name();
    }

    /** The model whose schema orders and validates this grid. */
    public ModelDescription model() {
        return model;
    }

    /** Number of points: the product of the swept value-list lengths. */
    public int size() {
        return size;
    }

    /** Swept parameter names in expansion order (schema order: first slowest, last fastest). */
    public List<String> sweptKeys() {
        List<String> out = new ArrayList<>();
        for (int p : sweptPositions) {
            out.add(names.get(p));
        }
        return out;
    }

    /** The value list of a swept parameter (canonical values, in written order). */
    public List<Object> values(String sweptKey) {
        for (int j = 0; j < sweptPositions.length; j++) {
            if (names.get(sweptPositions[j]).equals(sweptKey)) {
                return java.util.Collections.unmodifiableList(Arrays.asList(sweptValues[j].clone()));
            }
        }
        throw new IllegalArgumentException("parameter " + sweptKey + " is not swept in grid " + name()
                + "; swept: " + sweptKeys());
    }

    /** The name of point {@code index} (1-based). */
    public String pointName(int index) {
        checkIndex(index);
        return GridNames.pointName(name(), index);
    }

    /**
     * The digits of point {@code index}: for each swept key in expansion order, the 0-based position of its value.
     */
    public int[] digits(int index) {
        checkIndex(index);
        int r = index - 1;
        int[] digits = new int[sweptPositions.length];
        for (int j = 0; j < digits.length; j++) {
            digits[j] = (r / strides[j]) % sweptValues[j].length;
        }
        return digits;
    }

    /** The complete parameter point {@code index} (1-based), in schema order. */
    public ParameterPoint point(int index) {
        int[] digits = digits(index);
        Object[] v = base.clone();
        for (int j = 0; j < digits.length; j++) {
            v[sweptPositions[j]] = sweptValues[j][digits[j]];
        }
        for (int k = 0; k < derived.length; k++) {
            v[derivedTargets[k]] = derived[k].evaluate(n -> (Double) v[positions.get(n)]);
        }
        Map<String, Object> map = new LinkedHashMap<>(2 * v.length);
        for (int i = 0; i < v.length; i++) {
            map.put(names.get(i), v[i]);
        }
        return ParameterPoint.of(map);
    }

    /** The point index (1-based) named by {@code pointName}, if it names a point of this grid. */
    public OptionalInt indexOf(String pointName) {
        if (!pointName.startsWith(name())) {
            return OptionalInt.empty();
        }
        String suffix = pointName.substring(name().length());
        if (suffix.isEmpty() || suffix.length() > 10 || suffix.charAt(0) == '0' || !suffix.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        long i = Long.parseLong(suffix);
        return i >= 1 && i <= size ? OptionalInt.of((int) i) : OptionalInt.empty();
    }

    /** The index (1-based) of a point of this grid, if the point is one of its points. */
    public OptionalInt indexOf(ParameterPoint point) {
        int r = 0;
        for (int j = 0; j < sweptPositions.length; j++) {
            String key = names.get(sweptPositions[j]);
            if (!point.contains(key)) {
                return OptionalInt.empty();
            }
            int d = Arrays.asList(sweptValues[j]).indexOf(point.get(key));
            if (d < 0) {
                return OptionalInt.empty();
            }
            r += d * strides[j];
        }
        int index = r + 1;
        return point(index).equals(point) ? OptionalInt.of(index) : OptionalInt.empty();
    }

    /** The point names, as a lazy list (element {@code i-1} is {@code pointName(i)}). */
    public List<String> pointNames() {
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return pointName(i + 1);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The points, as a lazy list (element {@code i-1} is {@code point(i)}). */
    public List<ParameterPoint> points() {
        return new AbstractList<>() {
            @Override
            public ParameterPoint get(int i) {
                return point(i + 1);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private void checkIndex(int index) {
        if (index < 1 || index > size) {
            throw new IllegalArgumentException("point index of grid " + name() + " out of range: " + index
                    + "; allowed: 1.." + size);
        }
    }

    @Override
    public String toString() {
        return "Grid[" + name() + ", " + size + " points, swept " + sweptKeys() + "]";
    }
}
