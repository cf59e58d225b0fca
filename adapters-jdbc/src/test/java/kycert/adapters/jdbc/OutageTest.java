package kycert.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.api.Test;

/** Which database failures are outages (503, retry) and which leave the pool's connections to be replaced. */
class OutageTest {

    @Test
    void anEmbeddedDatabaseClosedByAFailedWrite_isBroken() {
        IOException full = new IOException("No space left on device");
        assertThat(Outage.of(new RuntimeException(new SQLException("General error", "HY000", 50000, new IllegalStateException(full)))))
                .isEqualTo(Outage.BROKEN);
        assertThat(Outage.of(new SQLNonTransientConnectionException("The database has been closed", "90098", 90098)))
                .isEqualTo(Outage.BROKEN);
    }

    @Test
    void aBatchWhoseReasonHangsOnlyOnItsNextException_isClassifiedByThatReason() {
        BatchUpdateException batch = new BatchUpdateException("General error", "HY000", 50000, new int[0]);
        batch.setNextException(new SQLException("General error", "HY000", 50000, new IllegalStateException(new IOException("No space left on device"))));
        assertThat(Outage.of(new RuntimeException(batch))).isEqualTo(Outage.BROKEN);
    }

    @Test
    void aCutOrRestartedPostgresConnection_isBroken() {
        assertThat(Outage.of(new SQLException("An I/O error occurred", "08006", new SocketException("Connection reset"))))
                .isEqualTo(Outage.BROKEN);
        assertThat(Outage.of(new BatchUpdateException("Batch entry 0 was aborted", "57P01", 0, new int[0])))
                .isEqualTo(Outage.BROKEN);
        assertThat(Outage.of(new SQLException("cannot connect now", "57P03"))).isEqualTo(Outage.BROKEN);
    }

    @Test
    void noFreeConnection_aFullDisk_aTimeoutOrAReadOnlyDatabase_isBusy() {
        assertThat(Outage.of(new ConnectionException(new SQLTransientConnectionException("request timed out after 3000ms"))))
                .isEqualTo(Outage.BUSY);
        assertThat(Outage.of(new SQLException("could not extend file: No space left on device", "53100"))).isEqualTo(Outage.BUSY);
        assertThat(Outage.of(new SQLTimeoutException("canceling statement due to statement timeout", "57014"))).isEqualTo(Outage.BUSY);
        assertThat(Outage.of(new SQLException("cannot execute UPDATE in a read-only transaction", "25006"))).isEqualTo(Outage.BUSY);
    }

    @Test
    void aBugOrAConstraint_isNoOutage() {
        assertThat(Outage.of(new SQLIntegrityConstraintViolationException("duplicate key", "23505"))).isEqualTo(Outage.NONE);
        assertThat(Outage.of(new SQLException("syntax error", "42601"))).isEqualTo(Outage.NONE);
        assertThat(Outage.of(new IllegalStateException("stored JSON is malformed"))).isEqualTo(Outage.NONE);
        assertThat(Outage.of(new IllegalStateException(new IOException("not under a database call")))).isEqualTo(Outage.NONE);
    }
}
