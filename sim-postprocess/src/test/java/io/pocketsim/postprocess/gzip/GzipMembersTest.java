package io.pocketsim.postprocess.gzip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.io.ByteStreams;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GzipMembersTest {
    /** A source like a network stream: short reads of at most {@code chunk} bytes, and {@code available()} 0. */
    private static InputStream network(byte[] bytes, int chunk) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, chunk));
            }

            @Override
            public int available() {
                return 0;
            }
        };
    }

    private static byte[] text(int seed, int lines) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append("Base,1,").append(seed).append(',').append(i).append(',').append(r.nextDouble()).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] member(byte[] content, int level) {
        return GzipMember.compress(content, 0, content.length, level);
    }

    @Test
    void shouldWriteAMemberThatTheJdkReadsBack() throws IOException {
        byte[] content = text(1, 500);
        for (int level = 0; level <= 9; level++) {
            byte[] gz = member(content, level);
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
                assertThat(ByteStreams.toByteArray(in)).isEqualTo(content);
            }
        }
    }

    @Test
    void shouldWriteTheSameHeaderAsTheJdkWithoutATimeStamp() throws IOException {
        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(jdk)) {
            out.write(1);
        }
        byte[] ours = member(new byte[] {1}, 6);
        assertThat(Arrays.copyOf(ours, 10)).isEqualTo(Arrays.copyOf(jdk.toByteArray(), 10));
    }

    @Test
    void shouldCompressAPartOfAnArrayOnly() throws IOException {
        byte[] content = text(2, 50);
        byte[] gz = GzipMember.compress(content, 7, 100, 1);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertThat(ByteStreams.toByteArray(in)).isEqualTo(Arrays.copyOfRange(content, 7, 107));
        }
    }

    @Test
    void shouldBeAPureFunctionOfContentAndLevel() {
        byte[] content = text(3, 300);
        assertThat(member(content, 1)).isEqualTo(member(content.clone(), 1));
        assertThat(member(content, 1)).isNotEqualTo(member(content, 9));
    }

    @Test
    void shouldReadEveryMemberWhateverTheSourceReportsAsAvailable() throws IOException {
        byte[][] parts = {text(1, 3), text(2, 400), new byte[0], text(3, 1), text(4, 2000)};
        byte[] gz = concat(member(parts[0], 1), member(parts[1], 6), member(parts[2], 1), member(parts[3], 9),
                member(parts[4], 1));
        byte[] expected = concat(parts);
        // every chunk size puts member boundaries at different places relative to the reads
        for (int chunk : new int[] {1, 7, 26, 27, 64, 4096, 1 << 16}) {
            for (int buffer : new int[] {16, 512, 1 << 16}) {
                try (InputStream in = new GzipMembersInputStream(network(gz, chunk), buffer)) {
                    assertThat(ByteStreams.toByteArray(in)).as("chunk %d, buffer %d", chunk, buffer)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void shouldShowWhyThePlainJdkStreamIsNotEnough() throws IOException {
        // Given: two members, read from a source that reports nothing available, buffer ending at the boundary
        byte[] first = member(text(1, 10), 1);
        byte[] gz = concat(first, member(text(2, 10), 1));
        byte[] plain;
        try (InputStream in = new GZIPInputStream(network(gz, first.length), first.length)) {
            plain = ByteStreams.toByteArray(in);
        }
        // Then: the JDK's stream silently stops after the first member; ours reads both
        assertThat(plain).isEqualTo(text(1, 10));
        try (InputStream in = new GzipMembersInputStream(network(gz, first.length), first.length)) {
            assertThat(ByteStreams.toByteArray(in)).isEqualTo(concat(text(1, 10), text(2, 10)));
        }
    }

    @Test
    void shouldReportACutLastMember() {
        byte[] gz = concat(member(text(1, 10), 1), member(text(2, 500), 1));
        byte[] cut = Arrays.copyOf(gz, gz.length - 12);
        assertThatThrownBy(() -> {
            try (InputStream in = new GzipMembersInputStream(network(cut, 100), 512)) {
                ByteStreams.exhaust(in);
            }
        }).isInstanceOf(EOFException.class);
    }

    @Test
    void shouldRefuseALevelOutsideZeroToNine() {
        assertThatThrownBy(() -> GzipMember.compress(new byte[1], 0, 1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..9");
        assertThatThrownBy(() -> GzipMember.compress(new byte[1], 0, 1, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
