package kycert.application.port.in;

import java.util.List;

/** A new key's settings as received (null when absent). */
public record CreateApiKeyCommand(String tenantId, String name, String environment, List<String> scopes,
                                  List<String> subjectTypes, Integer rateLimit) {}
