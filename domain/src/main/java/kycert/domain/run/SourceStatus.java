package kycert.domain.run;

/** One source's answer: VALID (nothing found / regular), INVALID (a hit), NO_DATA, or ERROR. */
public enum SourceStatus { VALID, INVALID, NO_DATA, ERROR }
