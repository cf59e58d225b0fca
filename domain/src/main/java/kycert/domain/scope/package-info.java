/** Scopes and the scope policy. */
package kycert.domain.scope;
