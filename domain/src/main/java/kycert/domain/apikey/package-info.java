/** API keys: format, checksum, keyed hash, settings and lifecycle. */
package kycert.domain.apikey;
