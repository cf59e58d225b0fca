/** The per-key rolling-window rate policy. */
package kycert.domain.ratelimit;
