package kycert.adapters.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kycert.domain.run.SourceResult;
import kycert.domain.run.SourceStatus;

/** The JSON columns of a run, in the shapes the API publishes (source wire names, snake_case fields). */
final class RunJson {
    private RunJson() {}

    static String metadata(Map<String, String> metadata) {
        return Json.write(new TreeMap<>(metadata));
    }

    static Map<String, String> metadata(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        asMap(Json.read(json)).forEach((k, v) -> out.put(k, (String) v));
        return out;
    }

    static String reasons(List<String> reasons) {
        return Json.write(reasons);
    }

    static List<String> reasons(String json) {
        return asList(Json.read(json)).stream().map(String.class::cast).toList();
    }

    static String sources(List<SourceResult> results) {
        List<Object> out = new ArrayList<>(results.size());
        for (SourceResult r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", r.source().wire());
            m.put("status", r.status().name());
            m.put("latency_ms", r.latencyMs());
            m.put("checks", new TreeMap<>(r.checks()));
            m.put("raw", r.raw());
            out.add(m);
        }
        return Json.write(out);
    }

    static List<SourceResult> sources(String json) {
        List<SourceResult> out = new ArrayList<>();
        for (Object o : asList(Json.read(json))) {
            Map<String, Object> m = asMap(o);
            Map<String, String> checks = new LinkedHashMap<>();
            asMap(m.get("checks")).forEach((k, v) -> checks.put(k, (String) v));
            out.add(new SourceResult(Wire.source((String) m.get("source")), SourceStatus.valueOf((String) m.get("status")),
                    (Long) m.get("latency_ms"), checks, (String) m.get("raw")));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        if (o instanceof Map<?, ?> m) return (Map<String, Object>) m;
        throw Wire.corrupt("JSON object", o);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object o) {
        if (o instanceof List<?> l) return (List<Object>) l;
        throw Wire.corrupt("JSON array", o);
    }
}
