package kycert.domain.error;

/** Broad error category, the envelope's {@code type}. */
public enum ErrorType {
    INVALID_REQUEST("invalid_request_error"),
    AUTHENTICATION("authentication_error"),
    AUTHORIZATION("authorization_error"),
    BILLING("billing_error"),
    SERVER("server_error");

    private final String wire;

    ErrorType(String wire) { this.wire = wire; }

    public String wire() { return wire; }
}
