/** Opaque signed cursors and pages. */
package kycert.domain.pagination;
