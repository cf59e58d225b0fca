/** Bureau runs, sandbox fixtures and the decision rules. */
package kycert.domain.run;
