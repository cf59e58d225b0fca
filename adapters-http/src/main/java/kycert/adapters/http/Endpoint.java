package kycert.adapters.http;

/** One endpoint: a request in, a reply out. Cross-cutting work happens around it in {@link Routes}. */
@FunctionalInterface
interface Endpoint {
    Reply handle(Exchange exchange) throws Exception;
}
