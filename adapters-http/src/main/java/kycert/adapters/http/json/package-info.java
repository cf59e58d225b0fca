/** The JSON bodies of the HTTP API as records (snake_case on the wire), each with its mapping from the domain. */
package kycert.adapters.http.json;
