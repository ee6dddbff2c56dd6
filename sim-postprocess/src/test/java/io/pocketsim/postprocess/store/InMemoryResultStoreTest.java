package io.pocketsim.postprocess.store;

import io.pocketsim.postprocess.store.testutils.InMemoryResultStore;
import io.pocketsim.postprocess.store.testutils.ResultStoreContractTest;
import java.io.IOException;

class InMemoryResultStoreTest extends ResultStoreContractTest {
    private InMemoryResultStore memory;

    @Override
    protected ResultStore newStore() {
        memory = new InMemoryResultStore();
        return memory;
    }

    @Override
    protected byte[] readRaw(String experiment, String file) throws IOException {
        return memory.raw(experiment, file).orElseThrow(() -> new IOException("no " + file));
    }

    @Override
    protected void writeRaw(String experiment, String file, byte[] bytes) {
        memory.putRaw(experiment, file, bytes);
    }

    @Override
    protected void deleteRaw(String experiment, String file) {
        memory.removeRaw(experiment, file);
    }
}
