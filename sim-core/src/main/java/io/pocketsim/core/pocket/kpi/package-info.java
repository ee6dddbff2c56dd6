/**
 * The Pocket model's per-run KPIs: {@code PocketKpis} (the KPI columns of kpis.csv) computed by
 * {@code PocketKpiAccumulator} from the per-timestep rows, with ledgers that follow servicers and gateways across
 * their lives.
 */
package io.pocketsim.core.pocket.kpi;
