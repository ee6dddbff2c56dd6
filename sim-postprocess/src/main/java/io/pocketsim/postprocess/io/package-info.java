/** File-writing helpers shared by the result store and the commands: temporary name, then an atomic move. */
package io.pocketsim.postprocess.io;
