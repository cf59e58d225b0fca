/** Webhooks: endpoints, sealed secrets, the signature scheme, the retry schedule, deliveries. */
package kycert.domain.webhook;
