/**
 * The data model of stored results: experiment metadata, the manifest and its JSON form, and the names of
 * experiments and files.
 */
package io.pocketsim.postprocess.result;
