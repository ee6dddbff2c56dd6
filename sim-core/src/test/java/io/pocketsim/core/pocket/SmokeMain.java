package io.pocketsim.core.pocket;

import io.pocketsim.core.engine.RunResult;
import io.pocketsim.core.engine.RunSpec;
import io.pocketsim.core.engine.Simulation;
import io.pocketsim.core.random.RunIdentity;

final class SmokeMain {
    public static void main(String[] args) {
        String set = args.length > 0 ? args[0] : "Base";
        String state = args.length > 1 ? args[1] : "Base";
        PocketModel model = new PocketModel(SharedData.kdeSource());
        Simulation<PocketState, PocketParams> sim = new Simulation<>(model);
        PocketParams p = PocketParams.from(PocketParameters.namedSet(set));
        RunResult r = sim.run(new RunSpec<>(new RunIdentity(set, 1, 1), p, state, 365, 42L));
        String[] cols = {"n_servicers", "n_applications", "n_gateways", "n_services", "processed_relays", "total_relays",
                "pokt_price_oracle", "floating_supply", "POKT_burned", "POKT_minted", "kpi_a", "kpi_c",
                "n_understaked_gateways", "total_gateway_stake", "total_application_stake"};
        for (int t : new int[]{0, 1, 2, 3, 30, 90, 180, 182, 183, 184, 185, 365}) {
            StringBuilder sb = new StringBuilder("t=" + t);
            for (String c : cols) {
                sb.append(' ').append(c).append('=').append(String.format("%.4g", r.value(t, c)));
            }
            System.out.println(sb);
        }
        long t0 = System.nanoTime();
        int n = 200;
        for (int i = 1; i <= n; i++) {
            sim.run(new RunSpec<>(new RunIdentity(set, 1, i), p, state, 365, 42L));
        }
        System.out.printf("%.2f ms/run%n", (System.nanoTime() - t0) / 1e6 / n);
    }
}
