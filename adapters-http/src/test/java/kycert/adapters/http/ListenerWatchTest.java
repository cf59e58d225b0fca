package kycert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ListenerWatchTest {

    @Test
    void aPortNothingListensOn_isReportedLost_once() throws Exception {
        int port;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        }
        AtomicInteger reports = new AtomicInteger();
        CountDownLatch lost = new CountDownLatch(1);
        ListenerWatch watch = new ListenerWatch(() -> {
            reports.incrementAndGet();
            lost.countDown();
        });
        watch.watch(port);
        try {
            assertThat(lost.await(10, TimeUnit.SECONDS)).as("reported").isTrue();
            assertThat(watch.listening()).isFalse();
            Thread.sleep(2500);
            assertThat(reports.get()).as("reported once").isEqualTo(1);
        } finally {
            watch.closing();
        }
    }

    @Test
    void aLiveListener_isNotReported_norIsOneItsOwnerCloses() throws IOException, InterruptedException {
        AtomicInteger reports = new AtomicInteger();
        ListenerWatch watch = new ListenerWatch(reports::incrementAndGet);
        try (ServerSocket live = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            watch.watch(live.getLocalPort());
            Thread.sleep(2500);
            assertThat(watch.listening()).isTrue();
            watch.closing();
        }
        Thread.sleep(2500);
        assertThat(reports.get()).isZero();
    }
}
