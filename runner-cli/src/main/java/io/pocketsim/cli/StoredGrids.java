package io.pocketsim.cli;

import com.google.common.hash.Hashing;
import io.pocketsim.experiments.catalog.ExperimentCatalog;
import io.pocketsim.postprocess.store.ResultStore;
import io.pocketsim.postprocess.store.StoreFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * User grid files travel to tasks through the result store, not the image: {@code launch} puts each under
 * {@code grids/NAME} and names it in the task command as {@code NAME=SHA256}; the task reads it back and checks the
 * hash, so a task never runs a grid other than the one its launch planned, and a new grid needs no new image.
 */
final class StoredGrids {
    private StoredGrids() {
    }

    /**
     * Stores the grid files (unless the same bytes are there already) and returns their task arguments.
     *
     * @throws BadInputException if the store holds another file under the same name (it would change what earlier
     *                           tasks of this store ran; rename the file or use another store)
     */
    static List<String> upload(ResultStore store, List<Path> files) {
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            byte[] bytes = read(f);
            String key = StoreFiles.GRIDS + name;
            StoreFiles sf = files(store);
            Optional<byte[]> stored = sf.readFile(key);
            if (stored.isPresent() && !Arrays.equals(stored.get(), bytes)) {
                throw BadInputException.forOption("--grid-file", f, "the store already holds another " + key
                        + " (sha256 " + sha256(stored.get()) + "); rename the file or use another --out");
            }
            if (stored.isEmpty()) {
                sf.writeFile(key, bytes);
            }
            out.add(name + "=" + sha256(bytes));
        }
        return out;
    }

    /**
     * The catalog with grid files taken from the store: {@code fetch} writes them into a temporary folder and
     * returns their paths, the catalog loads them, and the folder is removed.
     */
    static ExperimentCatalog catalogWith(CatalogOptions options, Function<Path, List<Path>> fetch) {
        Path dir;
        try {
            dir = Files.createTempDirectory("pocketsim-grids");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the store's grid files", e);
        }
        try {
            return options.catalog(fetch.apply(dir));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // a temporary folder; the system cleans it
            }
        }
    }

    /** Fetches the named grid files into a folder, checking each hash; returns their paths. */
    static List<Path> fetch(ResultStore store, List<String> specs, Path dir) {
        List<Path> out = new ArrayList<>();
        for (String spec : specs) {
            int eq = spec.lastIndexOf('=');
            if (eq <= 0) {
                throw BadInputException.forOption("--stored-grid", spec, "allowed: NAME=SHA256");
            }
            String name = spec.substring(0, eq);
            String hash = spec.substring(eq + 1);
            String key = StoreFiles.GRIDS + name;
            byte[] bytes = files(store).readFile(key).orElseThrow(() -> new IllegalStateException(
                    "grid file " + key + " is not in the store"));
            if (!sha256(bytes).equals(hash)) {
                throw new IllegalStateException("grid file " + key + " in the store has sha256 " + sha256(bytes)
                        + ", the launch planned " + hash);
            }
            Path p = dir.resolve(name);
            try {
                Files.write(p, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + p, e);
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Fetches the grid files a store holds for a name into a folder: {@code grids/NAME.json} (a grid) and
     * {@code grids/NAME_ag1_.json}, {@code NAME_ag2_.json}, ... (the iterations of an adaptive study, which
     * {@code adaptive} and {@code psuu} write there), so that what the store made can be read without the files.
     * A store that keeps no grid files gives none.
     */
    static List<Path> fetchNamed(ResultStore store, String name, Path dir) {
        if (!(store instanceof StoreFiles sf)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        keys.add(name + ".json");
        for (int k = 1; ; k++) {
            String key = name + "_ag" + k + "_.json";
            if (sf.readFile(StoreFiles.GRIDS + key).isEmpty()) {
                break;
            }
            keys.add(key);
        }
        List<Path> out = new ArrayList<>();
        for (String key : keys) {
            Optional<byte[]> bytes = sf.readFile(StoreFiles.GRIDS + key);
            if (bytes.isEmpty()) {
                continue;
            }
            Path p = dir.resolve(key);
            try {
                Files.write(p, bytes.get());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + p, e);
            }
            out.add(p);
        }
        return out;
    }

    private static StoreFiles files(ResultStore store) {
        if (store instanceof StoreFiles sf) {
            return sf;
        }
        throw new IllegalStateException("the store " + store + " cannot hold grid files");
    }

    static String sha256(byte[] bytes) {
        return Hashing.sha256().hashBytes(bytes).toString();
    }

    private static byte[] read(Path f) {
        if (!Files.isRegularFile(f)) {
            throw BadInputException.forOption("--grid-file", f, "no such file");
        }
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }
}
