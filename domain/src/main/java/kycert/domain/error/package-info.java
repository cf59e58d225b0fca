/** Errors as values: one closed catalogue of codes. */
package kycert.domain.error;
