/** Every outbound port in process memory (ConcurrentHashMap, Caffeine): for embedders, tests and {@code --store memory}. */
package kycert.adapters.memory;
