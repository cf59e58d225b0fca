package kycert.application.port.in;

import kycert.domain.apikey.ApiKey;

/** GET /bureau/runs parameters as received (null when absent); validated by the use case. */
public record ListRunsQuery(ApiKey caller, String limit, String cursor, String status, String externalId) {}
