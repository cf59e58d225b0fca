/** Tenant users: email, password policy, login throttling. */
package kycert.domain.user;
