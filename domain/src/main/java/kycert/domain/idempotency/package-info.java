/** Idempotency keys, request fingerprints and the replay state machine. */
package kycert.domain.idempotency;
