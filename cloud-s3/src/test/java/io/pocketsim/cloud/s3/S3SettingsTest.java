package io.pocketsim.cloud.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Store locations, settings from the environment and the one-line failure messages, without any server. */
class S3SettingsTest {

    @ParameterizedTest
    @CsvSource({
        "s3://my-bucket,my-bucket,''",
        "s3://my-bucket/,my-bucket,''",
        "s3://my-bucket/results,my-bucket,results/",
        "s3://my-bucket/a/b/,my-bucket,a/b/",
        "S3://my.bucket-2/x,my.bucket-2,x/"})
    void shouldParseBucketAndPrefix(String uri, String bucket, String prefix) {
        S3Location l = S3Location.parse(uri);

        assertThat(l.bucket()).isEqualTo(bucket);
        assertThat(l.prefix()).isEqualTo(prefix);
        assertThat(l.key("Base", "kpis.csv")).isEqualTo(prefix + "Base/kpis.csv");
    }

    @ParameterizedTest
    @CsvSource({"s3://,bucket", "s3://Upper/x,bucket name", "s3://ab/x,bucket name", "s3://bucket/a//b,key prefix",
        "s3://bucket/a b,key prefix", "/tmp/x,not an S3 location"})
    void shouldRejectMalformedLocationsNamingWhatIsWrong(String uri, String message) {
        assertThatThrownBy(() -> S3Location.parse(uri)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void shouldTakeTheServiceSpecificEndpointFirstAndImplyPathStyleForLocalOrIpHosts() {
        S3StoreSettings s = S3StoreSettings.fromEnvironment(Map.of("AWS_ENDPOINT_URL", "https://s3.example.com",
                "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9000", S3StoreSettings.CHECKSUMS_ENV, "WHEN_REQUIRED"));

        assertThat(s.endpoint()).isEqualTo(URI.create("http://127.0.0.1:9000"));
        assertThat(s.usesPathStyle()).isTrue();
        assertThat(s.checksums()).isEqualTo(ChecksumMode.WHEN_REQUIRED);
        assertThat(S3StoreSettings.fromEnvironment(Map.of("AWS_ENDPOINT_URL", "https://s3.example.com"))
                .usesPathStyle()).isFalse();
        assertThat(S3StoreSettings.defaults().with(d -> d.endpoint = URI.create("http://localhost:4566"))
                .usesPathStyle())
                .isTrue();
        assertThat(S3StoreSettings.defaults().with(d -> {
            d.endpoint = URI.create("http://localhost:4566");
            d.pathStyle = false;
        }).usesPathStyle()).isFalse();
        assertThat(S3StoreSettings.defaults().usesPathStyle()).isFalse();
        assertThat(S3StoreSettings.defaults().checksums()).isEqualTo(ChecksumMode.DEFAULT);
    }

    @Test
    void shouldRejectBadSettingsNamingTheAllowedValues() {
        assertThatThrownBy(() -> S3StoreSettings.fromEnvironment(Map.of(S3StoreSettings.CHECKSUMS_ENV, "crc")))
                .hasMessageContaining("default, when-required");
        assertThatThrownBy(() -> S3StoreSettings.fromEnvironment(Map.of(S3StoreSettings.PATH_STYLE_ENV, "maybe")))
                .hasMessageContaining(S3StoreSettings.PATH_STYLE_ENV).hasMessageContaining("true, false");
        assertThatThrownBy(() -> S3StoreSettings.parseEndpoint("localhost:9000")).hasMessageContaining("endpoint");
    }

    @Test
    void shouldSayWhatFailedWhereAndWhatToDoInOneLine() {
        S3Failures f = new S3Failures(S3Location.parse("s3://my-bucket/runs"), "eu-west-1", null);

        assertThat(f.translate("cannot list runs/", s3Error(404, "NoSuchBucket")).getMessage())
                .contains("bucket my-bucket does not exist").contains("prefix \"runs/\"").contains("eu-west-1");
        assertThat(f.translate("cannot list runs/", s3Error(403, "AccessDenied")).getMessage())
                .contains("access denied").contains("s3:ListBucket").contains("s3:GetObject");
        assertThat(f.translate("x", s3Error(301, "PermanentRedirect")).getMessage()).contains("another region");
        assertThat(f.translate("x", SdkClientException.create("Unable to load credentials from any of the "
                + "providers in the chain AwsCredentialsProviderChain(...)\nmore")).getMessage())
                .contains("no AWS credentials").contains("AWS_PROFILE").doesNotContain("\n");
        assertThat(f.translate("x", SdkClientException.create("Unable to execute HTTP request",
                new ConnectException("Connection refused"))).getMessage())
                .contains("cannot be reached").contains("Connection refused").contains("my-bucket");
    }

    private static S3Exception s3Error(int status, String code) {
        return (S3Exception) S3Exception.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code).build()).build();
    }
}
