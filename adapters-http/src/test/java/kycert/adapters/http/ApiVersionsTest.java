package kycert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kycert.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiVersionsTest {
    private record Thing(String fullName, int count) {}

    /** A later version renamed {@code name} to {@code full_name}; one after it changed nothing. */
    private static final ApiVersions THREE = new ApiVersions(List.of(
            new ApiVersion("2026-06-03", VersionChange.NONE),
            new ApiVersion("2026-09-01", (resource, body) -> {
                ObjectNode o = (ObjectNode) body;
                o.set("name", o.remove("full_name"));
                return o;
            }),
            new ApiVersion("2027-01-15", VersionChange.NONE)));

    @Test
    void theTable_knowsTheContractsVersion_asTheLatest() {
        assertThat(ApiVersions.TABLE.latest().date()).isEqualTo("2026-06-03");
        assertThat(ApiVersions.TABLE.resolve("2026-06-03").get().date()).isEqualTo("2026-06-03");
    }

    @Test
    void omittedVersion_isTheLatest() {
        assertThat(THREE.resolve(null).get().date()).isEqualTo("2027-01-15");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-01-01", "2026-6-3", "latest", "", "v1"})
    void unknownVersion_isUnknownApiVersion_onTheHeader(String header) {
        var error = ApiVersions.TABLE.resolve(header).getLeft();
        assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN_API_VERSION);
        assertThat(error.param().get()).isEqualTo("x-kycert-api-version");
        assertThat(error.message()).contains("2026-06-03");
    }

    @Test
    void theLatestVersion_rendersTheBodyAsItIs() {
        assertThat(render(THREE, "2027-01-15")).isEqualTo("{\"full_name\":\"Ana\",\"count\":2}");
    }

    @Test
    void anOlderVersion_getsTheNewerChangesUndone_newestFirst() {
        assertThat(render(THREE, "2026-09-01")).isEqualTo("{\"full_name\":\"Ana\",\"count\":2}");
        assertThat(render(THREE, "2026-06-03")).isEqualTo("{\"count\":2,\"name\":\"Ana\"}");
    }

    @Test
    void aDateListedTwice_isRefused() {
        assertThatThrownBy(() -> new ApiVersions(List.of(new ApiVersion("2026-06-03", VersionChange.NONE),
                new ApiVersion("2026-06-03", VersionChange.NONE)))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String render(ApiVersions versions, String date) {
        return new String(versions.render(versions.resolve(date).get(), ApiResource.RUN, new Thing("Ana", 2)), StandardCharsets.UTF_8);
    }
}
