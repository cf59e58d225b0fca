/** The audit log: actions, actors, events, redaction. */
package kycert.domain.audit;
