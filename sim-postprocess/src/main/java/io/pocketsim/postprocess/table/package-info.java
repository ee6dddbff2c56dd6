/**
 * A small in-memory table with typed columns, used for per-run KPI tables of whole grids.
 */
package io.pocketsim.postprocess.table;
