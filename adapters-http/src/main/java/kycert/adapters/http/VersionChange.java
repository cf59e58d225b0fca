package kycert.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;

/** How a version's responses differ from the version before it: turns a body of this version into the previous shape. */
@FunctionalInterface
interface VersionChange {
    VersionChange NONE = (resource, body) -> body;

    JsonNode toPrevious(ApiResource resource, JsonNode body);
}
