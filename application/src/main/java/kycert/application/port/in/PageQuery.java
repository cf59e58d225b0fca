package kycert.application.port.in;

/** A page request as received: {@code limit} (1..100, default 20) and an opaque {@code cursor}, both optional. */
public record PageQuery(String tenantId, String limit, String cursor) {}
