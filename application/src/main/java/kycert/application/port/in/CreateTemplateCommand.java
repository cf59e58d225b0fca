package kycert.application.port.in;

import java.util.List;

/** A new template's fields as received (null when absent). */
public record CreateTemplateCommand(String tenantId, String name, String subjectType, List<String> sources, Integer cost,
                                    Double matchThreshold) {
    /** Without a match threshold: the default. */
    public CreateTemplateCommand(String tenantId, String name, String subjectType, List<String> sources, Integer cost) {
        this(tenantId, name, subjectType, sources, cost, null);
    }
}
