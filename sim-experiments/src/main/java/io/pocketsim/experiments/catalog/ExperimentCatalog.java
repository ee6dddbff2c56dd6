package io.pocketsim.experiments.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pocketsim.core.param.AllowedValues;
import io.pocketsim.core.random.RunIdentity;
import io.pocketsim.experiments.grid.Experiment;
import io.pocketsim.experiments.grid.ExperimentDefinition;
import io.pocketsim.experiments.grid.Grid;
import io.pocketsim.experiments.grid.GridDefinition;
import io.pocketsim.experiments.model.ModelDescription;
import io.pocketsim.experiments.model.PocketModelDescription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Every experiment and grid available by name: the built-in files (resources {@code experiments/*.json}, listed in
 * {@code experiments/index.json}) plus any user files. Resolves a name (standalone experiment, whole grid or single
 * grid point) to run units. All files are validated when loaded; one bad file rejects the whole catalog.
 */
public final class ExperimentCatalog {
    /** The resource listing the built-in files. */
    public static final String BUILT_IN_INDEX = "experiments/index.json";

    private final Map<String, ModelDescription> models;
    private final Map<String, Experiment> experiments;
    private final Map<String, Grid> grids;
    private final Map<String, String> origins;

    private ExperimentCatalog(Map<String, ModelDescription> models, Map<String, Experiment> experiments,
                              Map<String, Grid> grids, Map<String, String> origins) {
        this.models = models;
        this.experiments = experiments;
        this.grids = grids;
        this.origins = origins;
    }

    /** The built-in experiments and grids of the Pocket model. */
    public static ExperimentCatalog builtIn() {
        return load(List.of(PocketModelDescription.instance()), builtInSources());
    }

    /**
     * The built-in experiments and grids plus user files (e.g. {@code --grid-file path}).
     *
     * @throws CatalogFileException     naming the file, the key and what is allowed, if any file is bad
     * @throws IllegalArgumentException if a file does not exist
     */
    public static ExperimentCatalog load(Path... files) {
        List<CatalogSource> sources = new ArrayList<>(builtInSources());
        for (Path p : files) {
            sources.add(CatalogSource.file(p));
        }
        return load(List.of(PocketModelDescription.instance()), sources);
    }

    /**
     * A catalog of exactly the given sources, for the given models.
     *
     * @throws CatalogFileException naming the file, the key and what is allowed, if any source is bad
     */
    public static ExperimentCatalog load(Collection<? extends ModelDescription> models, List<CatalogSource> sources) {
        Map<String, ModelDescription> byName = new LinkedHashMap<>();
        for (ModelDescription m : models) {
            byName.put(m.model(), m);
        }
        ExperimentCatalog c = new ExperimentCatalog(byName, new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>());
        for (CatalogSource s : sources) {
            c.add(CatalogReader.read(s));
        }
        return new ExperimentCatalog(Map.copyOf(byName), java.util.Collections.unmodifiableMap(c.experiments),
                java.util.Collections.unmodifiableMap(c.grids), java.util.Collections.unmodifiableMap(c.origins));
    }

    /** The built-in files, in index order. */
    public static List<CatalogSource> builtInSources() {
        CatalogSource index = CatalogSource.resource(BUILT_IN_INDEX);
        try {
            JsonNode files = JsonMapper.builder().build().readTree(index.json()).get("files");
            List<CatalogSource> out = new ArrayList<>();
            for (JsonNode f : files) {
                out.add(CatalogSource.resource("experiments/" + f.asText()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN_INDEX, e);
        }
    }

    private void add(CatalogReader.CatalogFile file) {
        String label = file.source().label();
        for (CatalogReader.Entry<ExperimentDefinition> e : file.experiments()) {
            ExperimentDefinition def = e.definition();
            Experiment exp;
            try {
                exp = Experiment.compile(def, model(def.model()));
            } catch (IllegalArgumentException ex) {
                throw CatalogFileException.at(label, e.location(), ex.getMessage(), ex);
            }
            checkFree(label, e.location(), def.name(), null);
            experiments.put(def.name(), exp);
            origins.put(def.name(), label);
        }
        for (CatalogReader.Entry<GridDefinition> e : file.grids()) {
            GridDefinition def = e.definition();
            Grid grid;
            try {
                grid = Grid.compile(def, model(def.model()));
            } catch (IllegalArgumentException ex) {
                throw CatalogFileException.at(label, e.location(), ex.getMessage(), ex);
            }
            checkFree(label, e.location(), def.name(), grid);
            grids.put(def.name(), grid);
            origins.put(def.name(), label);
        }
    }

    private ModelDescription model(String name) {
        ModelDescription m = models.get(name);
        if (m == null) {
            throw new IllegalArgumentException("model: unknown model \"" + name + "\""
                    + AllowedValues.oneOf(name, models.keySet()));
        }
        return m;
    }

    /** Rejects a name already used, or one that a point name of another grid would make ambiguous. */
    private void checkFree(String label, String location, String name, Grid newGrid) {
        String clash = null;
        if (experiments.containsKey(name) || grids.containsKey(name)) {
            clash = "\"" + name + "\" is already defined in " + origins.get(name);
        }
        for (Grid g : grids.values()) {
            if (clash != null) {
                break;
            }
            OptionalInt asPoint = g.indexOf(name);
            if (asPoint.isPresent()) {
                clash = "\"" + name + "\" is already point " + asPoint.getAsInt() + " of grid " + g.name() + " ("
                        + origins.get(g.name()) + ")";
            } else if (newGrid != null && name.startsWith(g.name()) && g.indexOf(name + "1").isPresent()) {
                clash = "point " + name + "1 would also be point " + g.indexOf(name + "1").getAsInt() + " of grid "
                        + g.name() + " (" + origins.get(g.name()) + ")";
            } else if (newGrid != null && g.name().startsWith(name) && newGrid.indexOf(g.name() + "1").isPresent()) {
                clash = "point " + g.name() + "1 of grid " + g.name() + " (" + origins.get(g.name())
                        + ") would also be point " + newGrid.indexOf(g.name() + "1").getAsInt() + " of this grid";
            }
        }
        if (clash == null && newGrid != null) {
            for (String e : experiments.keySet()) {
                OptionalInt asPoint = newGrid.indexOf(e);
                if (asPoint.isPresent()) {
                    clash = "point " + asPoint.getAsInt() + " would be named \"" + e + "\", already an experiment in "
                            + origins.get(e);
                    break;
                }
            }
        }
        if (clash != null) {
            throw CatalogFileException.at(label, location, "name: duplicate name: " + clash
                    + "; allowed: a name used by no other experiment, grid or grid point");
        }
    }

    /** The standalone experiments, in load order. */
    public List<Experiment> experiments() {
        return List.copyOf(experiments.values());
    }

    /** The grids, in load order. */
    public List<Grid> grids() {
        return List.copyOf(grids.values());
    }

    /** A standalone experiment by name. */
    public Optional<Experiment> experiment(String name) {
        return Optional.ofNullable(experiments.get(name));
    }

    /** A grid by name. */
    public Optional<Grid> grid(String name) {
        return Optional.ofNullable(grids.get(name));
    }

    /** The file a name was defined in. */
    public Optional<String> origin(String name) {
        return Optional.ofNullable(origins.get(name));
    }

    /** The models the catalog knows, by name. */
    public Map<String, ModelDescription> models() {
        return models;
    }

    /** The adaptive-grid families, in load order. */
    public List<String> families() {
        return grids.values().stream().map(g -> g.definition().family()).filter(f -> f != null).distinct()
                .collect(Collectors.toList());
    }

    /** The iterations of a family, by iteration number. */
    public List<Grid> family(String family) {
        return grids.values().stream().filter(g -> family.equals(g.definition().family()))
                .sorted(Comparator.comparing(g -> g.definition().iteration())).collect(Collectors.toList());
    }

    /**
     * The run units a name stands for: a standalone experiment (one unit), a grid (all its points, as a lazy list)
     * or one grid point ({@code {grid}{i}}).
     *
     * @throws IllegalArgumentException for an unknown name, suggesting the closest one and listing what exists
     */
    public List<RunUnit> resolve(String name) {
        Experiment e = experiments.get(name);
        if (e != null) {
            return List.of(unit(e));
        }
        Grid g = grids.get(name);
        if (g != null) {
            return units(g);
        }
        IllegalArgumentException outOfRange = null;
        for (int end = name.length() - 1; end > 0; end--) {
            Grid prefix = grids.get(name.substring(0, end));
            if (prefix != null) {
                OptionalInt i = prefix.indexOf(name);
                if (i.isPresent()) {
                    return List.of(unit(prefix, i.getAsInt()));
                }
                String suffix = name.substring(end);
                if (outOfRange == null && suffix.chars().allMatch(Character::isDigit)) {
                    outOfRange = new IllegalArgumentException("point " + suffix + " of grid " + prefix.name()
                            + " does not exist; allowed: " + prefix.name() + "1.." + prefix.name() + prefix.size());
                }
            }
        }
        throw outOfRange != null ? outOfRange : unknown(name);
    }

    private IllegalArgumentException unknown(String name) {
        StringBuilder msg = new StringBuilder("unknown experiment or grid \"" + name + "\"");
        msg.append("; allowed: families ");
        msg.append(families().stream().map(f -> {
            List<Grid> its = family(f);
            return f + " (ag" + its.get(0).definition().iteration() + "..ag"
                    + its.get(its.size() - 1).definition().iteration() + ")";
        }).collect(Collectors.joining(", ")));
        List<String> plain = grids.values().stream().filter(x -> !x.definition().adaptive()).map(Grid::name)
                .collect(Collectors.toList());
        msg.append("; other grids: ").append(plain);
        msg.append("; experiments: ").append(experiments.keySet());
        String suggestion = suggest(name);
        if (suggestion != null) {
            msg.append("; did you mean ").append(suggestion).append("?");
        }
        return new IllegalArgumentException(msg.toString());
    }

    private String suggest(String name) {
        int cut = name.length();
        while (cut > 0 && Character.isDigit(name.charAt(cut - 1))) {
            cut--;
        }
        if (cut < name.length() && cut > 0) {
            String grid = AllowedValues.closest(name.substring(0, cut), grids.keySet());
            if (grid != null) {
                String point = grid + name.substring(cut);
                if (grids.get(grid).indexOf(point).isPresent()) {
                    return point;
                }
            }
        }
        List<String> all = new ArrayList<>(experiments.keySet());
        all.addAll(grids.keySet());
        return AllowedValues.closest(name, all);
    }

    /** The run unit of a standalone experiment: seed identity (name, point 1). */
    public static RunUnit unit(Experiment e) {
        ExperimentDefinition d = e.definition();
        return new RunUnit(d.name(), new RunIdentity(d.name(), 1, 0), d.model(), e.point(), d.stateSet(), d.runs(),
                d.days());
    }

    /** The run unit of point {@code index} of a grid: seed identity (grid name, index). */
    public static RunUnit unit(Grid g, int index) {
        GridDefinition d = g.definition();
        return new RunUnit(g.pointName(index), new RunIdentity(g.name(), index, 0), d.model(), g.point(index),
                d.stateSet(), d.runs(), d.days());
    }

    /** The run units of all points of a grid, as a lazy list. */
    public static List<RunUnit> units(Grid g) {
        return new AbstractList<>() {
            @Override
            public RunUnit get(int i) {
                return unit(g, i + 1);
            }

            @Override
            public int size() {
                return g.size();
            }
        };
    }
}
