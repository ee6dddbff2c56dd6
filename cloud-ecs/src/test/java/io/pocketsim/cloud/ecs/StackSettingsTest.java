package io.pocketsim.cloud.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {
    private static Map<String, String> outputs() {
        Map<String, String> m = new HashMap<>();
        m.put("Region", "eu-west-1");
        m.put("Cluster", "c");
        m.put("TaskDefinition", "s-pocketsim");
        m.put("ContainerName", "pocketsim");
        m.put("Subnets", "subnet-1, subnet-2");
        m.put("SecurityGroups", "sg-1");
        m.put("AssignPublicIp", "ENABLED");
        m.put("ResultsUri", "s3://b/pocketsim");
        m.put("LogGroup", "/pocketsim/s");
        return m;
    }

    @Test
    void shouldReadEveryOutput() {
        StackSettings s = StackSettings.of("s", outputs());
        assertThat(s.subnets()).containsExactly("subnet-1", "subnet-2");
        assertThat(s.securityGroups()).containsExactly("sg-1");
        assertThat(s.assignPublicIp()).isTrue();
        assertThat(s.region()).isEqualTo("eu-west-1");
        assertThat(s.resultsUri()).isEqualTo("s3://b/pocketsim");
    }

    @Test
    void shouldNameEveryMissingOutput() {
        Map<String, String> m = outputs();
        m.remove("Cluster");
        m.put("ResultsUri", " ");
        assertThatThrownBy(() -> StackSettings.of("s", m)).isInstanceOf(StackOutputs.StackException.class)
                .hasMessage("stack s lacks the output(s) Cluster, ResultsUri; is it a stack of deploy/pocketsim.yaml?");
    }

    @Test
    void shouldRefuseAnUnknownPublicIpSetting() {
        Map<String, String> m = outputs();
        m.put("AssignPublicIp", "yes");
        assertThatThrownBy(() -> StackSettings.of("s", m)).hasMessageContaining("AssignPublicIp is yes; allowed: "
                + "ENABLED, DISABLED");
    }
}
