package kycert.domain.run;

/** How risky the subject looks. */
public enum RiskBand { LOW, MEDIUM, HIGH, CRITICAL }
