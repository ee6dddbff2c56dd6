package io.pocketsim.core.pocket;

import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.param.ParameterPoint;
import io.pocketsim.core.random.RunIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

final class DumpMain {
    public static void main(String[] args) throws IOException {
        String set = args[0];
        String state = args[1];
        int runs = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        ParameterPoint point = PocketParameters.namedSet(set);
        if (args.length > 4) {
            point = point.with("corrections", List.of(args[4].split(",")));
        }
        PocketModel model = new PocketModel(SharedData.kdeSource());
        Simulation<PocketState, PocketParams> sim = new Simulation<>(model);
        PocketParams p = PocketParams.from(point);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            w.print("run,timestep");
            for (String c : sim.columns()) {
                w.print(',');
                w.print(c);
            }
            w.println();
            for (int i = 1; i <= runs; i++) {
                RunResult r = sim.run(new RunSpec<>(new RunIdentity(set, 1, i), p, state, 365, 7L));
                for (int t = 0; t < r.rows().length; t++) {
                    w.print(i);
                    w.print(',');
                    w.print(t);
                    for (double v : r.rows()[t]) {
                        w.print(',');
                        w.print(Double.isNaN(v) ? "" : Double.toString(v));
                    }
                    w.println();
                }
            }
        }
    }
}
