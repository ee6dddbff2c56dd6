package io.pocketsim.cli;

import io.pocketsim.core.param.AllowedValues;
import io.pocketsim.core.engine.Model;
import io.pocketsim.core.pocket.PocketModel;
import io.pocketsim.core.pocket.kpi.PocketKpis;
import io.pocketsim.core.pocket.oracle.ParametricReturnSource;
import io.pocketsim.core.pocket.oracle.ReturnModelSource;
import io.pocketsim.experiments.data.PriceHistoryReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options that build the model: which price model the oracle samples its daily returns from. */
final class ModelOptions {
    @Option(names = {"-p", "--price-history"}, paramLabel = "FILE",
            description = "Price history CSV (columns Date, Adj Close) or returns CSV (column 'return') for the "
                    + "oracle's kernel density of daily returns, as the original model used. Default: the fitted "
                    + "parametric return model (docs/price-model.md).")
    private Path priceHistory;

    private ReturnModelSource source;

    /** The return model chosen by the options (read once). */
    ReturnModelSource returns() {
        if (source == null) {
            if (priceHistory == null) {
                source = ParametricReturnSource.pokt();
            } else {
                if (!Files.isRegularFile(priceHistory)) {
                    throw BadInputException.forOption("--price-history", priceHistory, "no such file");
                }
                try {
                    source = PriceHistoryReader.kdeSource(priceHistory);
                } catch (IllegalArgumentException | UncheckedIOException e) {
                    throw new BadInputException("invalid value for option '--price-history': " + e.getMessage());
                }
            }
        }
        return source;
    }

    /** The model a run unit names, with its per-run KPIs (without them kpis.csv holds no KPI columns). */
    Model<?, ?> model(String name) {
        if (!PocketModel.NAME.equals(name)) {
            throw new BadInputException("unknown model \"" + name + "\""
                    + AllowedValues.oneOf(name, java.util.List.of(PocketModel.NAME)));
        }
        return new PocketModel(returns(), PocketKpis.standard());
    }

    /** Facts recorded in every manifest. */
    Map<String, String> provenance() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("price_model", returns().description());
        return p;
    }
}
