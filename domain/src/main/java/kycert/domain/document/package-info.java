/** Brazilian taxpayer documents (CPF and CNPJ, numeric and alphanumeric): parsing, validation, formatting and LGPD masking. */
package kycert.domain.document;
