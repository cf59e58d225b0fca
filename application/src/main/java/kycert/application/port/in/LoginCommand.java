package kycert.application.port.in;

/** A login attempt as received; the client address is for throttling and the audit log. */
public record LoginCommand(String email, String password, String clientAddress) {
    @Override public String toString() { return "LoginCommand[email=…, password=****, clientAddress=" + clientAddress + "]"; }
}
