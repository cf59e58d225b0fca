package kycert.application.port.in;

/** Driven by workers: takes one queued run, queries its sources, completes it. */
public interface ProcessRunsUseCase {
    /** True when a run was taken (whether or not it needed work); false when the queue was empty. */
    boolean processNext();
}
