package kycert.adapters.http.json;

import java.util.List;
import kycert.domain.template.Source;
import kycert.domain.template.Template;

/** A run template. */
public record TemplateJson(String id, String object, String name, String subjectType, List<String> sources, int cost,
                           double matchThreshold, boolean active, String createdAt) {
    public static TemplateJson of(Template template) {
        return new TemplateJson(template.id().toString(), "template", template.name(), template.subjectType().wire(),
                template.sources().stream().map(Source::wire).toList(), template.cost(), template.matchThreshold().value(),
                template.active(),
                Timestamps.format(template.createdAt()));
    }
}
