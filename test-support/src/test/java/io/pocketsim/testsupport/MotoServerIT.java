package io.pocketsim.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpURLConnection;
import org.junit.jupiter.api.Test;

class MotoServerIT {

    @Test
    void startsAnswersResetsAndStops() throws Exception {
        MotoServer moto = MotoServer.start();
        try (moto) {
            HttpURLConnection c = (HttpURLConnection) moto.endpoint().resolve("/moto-api/").toURL().openConnection();
            assertThat(c.getResponseCode()).isEqualTo(200);
            moto.reset();
        }
        HttpURLConnection after = (HttpURLConnection) moto.endpoint().resolve("/moto-api/").toURL().openConnection();
        after.setConnectTimeout(2000);
        org.assertj.core.api.Assertions.assertThatThrownBy(after::getResponseCode)
                .isInstanceOf(java.io.IOException.class);
    }
}
