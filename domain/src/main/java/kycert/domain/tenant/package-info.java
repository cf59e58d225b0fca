/** Tenants, their credits and the billing policy. */
package kycert.domain.tenant;
