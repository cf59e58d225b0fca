/** Subjects of a run: a person or a company and their document. */
package kycert.domain.subject;
