package kycert.domain.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kycert.domain.document.Document;
import kycert.domain.template.Source;

/**
 * The sandbox's fixture sources: deterministic answers per document, as the contract's fixture table gives.
 * A fixture always answers its own source, even when the template does not list it, so the table holds for
 * any template.
 */
public final class SandboxBureau {
    public static final String PEP_CPF = "11144477735";
    public static final String SANCTIONED_CPF = "22233344405";
    public static final String TIMEOUT_CPF = "44455566619";
    public static final String FAILING_CPF = "77788899941";
    public static final String CEIS_CNPJ = "33444555000181";
    public static final String SUSPENDED_CNPJ = "55666777000181";

    private SandboxBureau() {}

    /** The fixture whose run cannot start: POST answers run_failed and nothing is kept. */
    public static boolean failsToStart(Document document) {
        return FAILING_CPF.equals(document.value());
    }

    public static List<SourceResult> answer(List<Source> sources, Document document) {
        List<Source> asked = new ArrayList<>(sources);
        Source trigger = triggerOf(document.value());
        if (trigger != null && !asked.contains(trigger)) asked.add(trigger);
        List<SourceResult> out = new ArrayList<>(asked.size());
        for (Source s : asked) out.add(answer(s, document));
        return out;
    }

    private static Source triggerOf(String doc) {
        return switch (doc) {
            case PEP_CPF -> Source.PEP;
            case SANCTIONED_CPF -> Source.SANCTIONS;
            case CEIS_CNPJ -> Source.CEIS;
            case SUSPENDED_CNPJ, TIMEOUT_CPF -> Source.REGISTRY_STATUS;
            default -> null;
        };
    }

    private static SourceResult answer(Source source, Document document) {
        String doc = document.value();
        long latency = 40 + Math.floorMod(doc.hashCode() * 31 + source.ordinal() * 7, 120);
        if (source == Source.REGISTRY_STATUS && doc.equals(TIMEOUT_CPF)) {
            return new SourceResult(source, SourceStatus.ERROR, 10_000, Map.of("error", "timeout"),
                    "{\"error\":\"upstream timed out after 10000 ms\"}");
        }
        return switch (source) {
            case REGISTRY_STATUS -> doc.equals(SUSPENDED_CNPJ)
                    ? hit(source, latency, Map.of("registry_status", "SUSPENSA"), "{\"situacao\":\"SUSPENSA\"}")
                    : clear(source, latency, Map.of("registry_status", "REGULAR"), "{\"situacao\":\"REGULAR\"}");
            case SANCTIONS -> doc.equals(SANCTIONED_CPF)
                    ? hit(source, latency, Map.of("lists", "OFAC-SDN,UN-CSNU", "match", "exact"), "{\"matches\":[{\"list\":\"OFAC-SDN\",\"score\":1.0}]}")
                    : clear(source, latency, Map.of("lists", "OFAC-SDN,UN-CSNU", "match", "none"), "{\"matches\":[]}");
            case PEP -> doc.equals(PEP_CPF)
                    ? hit(source, latency, Map.of("pep", "true", "role", "mandato eletivo"), "{\"pep\":true,\"role\":\"mandato eletivo\"}")
                    : clear(source, latency, Map.of("pep", "false"), "{\"pep\":false}");
            case CEIS -> doc.equals(CEIS_CNPJ)
                    ? hit(source, latency, Map.of("ceis", "true", "sanction", "impedimento"), "{\"registros\":[{\"tipo\":\"impedimento\"}]}")
                    : clear(source, latency, Map.of("ceis", "false"), "{\"registros\":[]}");
        };
    }

    private static SourceResult hit(Source s, long latency, Map<String, String> checks, String raw) {
        return new SourceResult(s, SourceStatus.INVALID, latency, checks, raw);
    }

    private static SourceResult clear(Source s, long latency, Map<String, String> checks, String raw) {
        return new SourceResult(s, SourceStatus.VALID, latency, checks, raw);
    }
}
