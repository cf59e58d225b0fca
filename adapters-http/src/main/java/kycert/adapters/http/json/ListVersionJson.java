package kycert.adapters.http.json;

import kycert.domain.screening.ListVersion;

/** One imported version of a list: what was read, when the publisher dated it, and when it was imported. */
public record ListVersionJson(String id, String object, String list, String status, long rows, String sha256,
                              String publishedAt, String importedAt) {
    public static ListVersionJson active(ListVersion v) {
        return new ListVersionJson(v.id().wire(), "list_version", v.list().wire(), "active", v.rows(), v.sha256(),
                Timestamps.format(v.publishedAt()), Timestamps.format(v.importedAt()));
    }
}
