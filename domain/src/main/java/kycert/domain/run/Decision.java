package kycert.domain.run;

/** A completed run's verdict, in kycert's published vocabulary. */
public enum Decision { APPROVED, PENDING_REVIEW, BLOCKED, PARTIAL }
