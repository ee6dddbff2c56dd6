package io.pocketsim.core.pocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/pocket-model-columns.md lists exactly the recorder's columns, in its order, so the reference cannot drift. */
class PocketModelColumnsDocTest {
    @Test
    void shouldListEveryRecordedColumnInOrder() throws IOException {
        Path doc = Path.of(System.getProperty("pocketsim.root", ".."), "docs", "pocket-model-columns.md");
        Matcher m = Pattern.compile("(?m)^\\| `([A-Za-z0-9_]+)` \\|").matcher(Files.readString(doc, StandardCharsets.UTF_8));
        List<String> listed = m.results().map(r -> r.group(1)).collect(Collectors.toList());
        assertThat(listed).containsExactlyElementsOf(PocketRecorder.COLUMNS);
    }
}
