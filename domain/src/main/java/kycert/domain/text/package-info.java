/** Text as kycert keeps it: what any store can hold and give back unchanged. */
package kycert.domain.text;
