package kycert.application.port.in;

/** Driven by a sender loop: attempts the deliveries that are due. */
public interface DeliverWebhooksUseCase {
    /** How many deliveries were attempted. */
    int deliverDue();
}
