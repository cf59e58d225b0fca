package kycert.adapters.jdbc;

/** A table of leased work: rows are claimable while {@code available_at} has come. */
enum WorkTable {
    RUN_QUEUE("run_queue", "run_id"),
    WEBHOOK_DELIVERIES("webhook_deliveries", "id");

    private final String table;
    private final String id;

    WorkTable(String table, String id) {
        this.table = table;
        this.id = id;
    }

    String table() { return table; }

    String id() { return id; }
}
