package kycert.adapters.memory;

import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.account;
import static kycert.application.port.out.PortFixtures.accepted;
import static kycert.application.port.out.PortFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kycert.application.port.out.Ports;
import kycert.application.port.out.RunQueuePortContract;
import kycert.domain.apikey.Environment;
import org.junit.jupiter.api.Test;

/** The RunQueuePort contract against {@link InMemoryRunQueue}, plus its wake-up on enqueue. */
class InMemoryRunQueueTest extends RunQueuePortContract {
    @Override
    protected Ports newPorts() {
        return InMemoryAdapters.create();
    }

    @Test
    void awaitWork_wakesAsSoonAsARunIsAccepted() throws InterruptedException {
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch woke = new CountDownLatch(1);
        Thread worker = Thread.ofVirtual().start(() -> {
            try {
                waiting.countDown();
                ports.queue().awaitWork(Duration.ofSeconds(30));
                woke.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiting.await();
        Thread.sleep(50); // let the worker block: the wake-up itself is what is tested

        accepted(ports, run(account(ports, 0), Environment.TEST, T0, null));

        assertThat(woke.await(5, TimeUnit.SECONDS)).isTrue();
        worker.interrupt();
    }
}
