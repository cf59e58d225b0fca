/** Templates: which sources a run queries, for which subject type, at what cost. */
package kycert.domain.template;
