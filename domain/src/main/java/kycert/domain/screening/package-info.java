/** Live screening: the official lists' entries, their versions, and the pure matching rules (CONTRACT §8). */
package kycert.domain.screening;
