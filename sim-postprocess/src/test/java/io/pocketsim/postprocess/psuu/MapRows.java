package io.pocketsim.postprocess.psuu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** KPI rows held as maps (column to value), for tests. */
final class MapRows implements KpiRows {
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final LinkedHashSet<String> columns = new LinkedHashSet<>();

    /** Adds a row from alternating column names and values. */
    MapRows row(Object... pairs) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            r.put((String) pairs[i], pairs[i + 1]);
        }
        return add(r);
    }

    MapRows add(Map<String, Object> r) {
        rows.add(new LinkedHashMap<>(r));
        columns.addAll(r.keySet());
        return this;
    }

    /** The same rows in another order. */
    MapRows permuted(int[] order) {
        MapRows out = new MapRows();
        for (int i : order) {
            out.add(rows.get(i));
        }
        return out;
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    public List<String> columns() {
        return List.copyOf(columns);
    }

    @Override
    public double number(String column, int row) {
        Object v = rows.get(row).get(column);
        if (v == null) {
            return Double.NaN;
        }
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException(column + " is not a number: " + v);
        }
        return n.doubleValue();
    }

    @Override
    public Object value(String column, int row) {
        Object v = rows.get(row).get(column);
        return v instanceof Number n ? (Object) n.doubleValue() : v;
    }
}
