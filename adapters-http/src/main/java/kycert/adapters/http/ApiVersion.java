package kycert.adapters.http;

import java.util.Objects;

/** One dated API version and the change it made to the responses of the version before it. */
record ApiVersion(String date, VersionChange change) {
    ApiVersion {
        Objects.requireNonNull(date);
        Objects.requireNonNull(change);
    }
}
