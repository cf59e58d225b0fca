package kycert.adapters.http;

/** What a response body is, so a version change can pick the bodies it reshapes. */
enum ApiResource {
    RUN, RUN_LIST, RUN_ANALYSIS, RUN_DETAIL, TENANT, API_KEY, API_KEY_LIST, TEMPLATE, TEMPLATE_LIST, HEALTH,
    ACCESS_TOKEN, USER, WEBHOOK_ENDPOINT, WEBHOOK_ENDPOINT_LIST, WEBHOOK_DELIVERY_LIST, AUDIT_EVENT_LIST, DELETED, LIST_STATUS_LIST
}
