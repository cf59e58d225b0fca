package kycert.adapters.lists;

import java.util.List;
import java.util.Map;
import kycert.domain.screening.EntryKind;
import kycert.domain.screening.ListId;

/**
 * The Portal da Transparência layouts, with the column names exactly as published (accents, spaces, and the
 * publisher's own typos: current CEIS/CNEP files say {@code ABRAGÊNCIA DA SANÇÃO}, older ones
 * {@code ABRAGÊNCIA DEFINIDA EM DECISÃO JUDICIAL}). Required columns must be there by these exact names; the others
 * become attributes when present.
 */
record CguLayout(ListId list, String cadastro, List<String> required, String idColumn, String documentColumn,
                 String nameColumn, List<String> aliasColumns, String kindColumn, EntryKind fixedKind,
                 Map<String, List<String>> attributes) {

    static final String CPF_OU_CNPJ = "CPF OU CNPJ DO SANCIONADO";

    private static final List<String> SANCTION_REQUIRED = List.of(
            "CADASTRO", "CÓDIGO DA SANÇÃO", "TIPO DE PESSOA", CPF_OU_CNPJ, "NOME DO SANCIONADO");
    private static final List<String> SANCTION_ALIASES = List.of(
            "NOME INFORMADO PELO ÓRGÃO SANCIONADOR", "RAZÃO SOCIAL - CADASTRO RECEITA", "NOME FANTASIA - CADASTRO RECEITA");
    private static final Map<String, List<String>> SANCTION_ATTRIBUTES = ordered(
            "sanction_category", List.of("CATEGORIA DA SANÇÃO", "TIPO SANÇÃO"),
            "sanction_start", List.of("DATA INÍCIO SANÇÃO"),
            "sanction_end", List.of("DATA FINAL SANÇÃO"),
            "sanctioning_body", List.of("ÓRGÃO SANCIONADOR"),
            "sanctioning_body_uf", List.of("UF ÓRGÃO SANCIONADOR"),
            "legal_basis", List.of("FUNDAMENTAÇÃO LEGAL"),
            "process_number", List.of("NÚMERO DO PROCESSO"),
            "scope", List.of("ABRAGÊNCIA DA SANÇÃO", "ABRAGÊNCIA DEFINIDA EM DECISÃO JUDICIAL", "ABRANGÊNCIA DA SANÇÃO",
                    "ABRANGÊNCIA DEFINIDA EM DECISÃO JUDICIAL"),
            "fine", List.of("VALOR DA MULTA"),
            "published_on", List.of("DATA PUBLICAÇÃO"));

    static CguLayout of(ListId list) {
        return switch (list) {
            case CEIS -> sanctions(ListId.CEIS, "CEIS");
            case CNEP -> sanctions(ListId.CNEP, "CNEP");
            case CEPIM -> new CguLayout(ListId.CEPIM, null,
                    List.of("CNPJ ENTIDADE", "NOME ENTIDADE", "NÚMERO CONVÊNIO", "ÓRGÃO CONCEDENTE", "MOTIVO DO IMPEDIMENTO"),
                    null, "CNPJ ENTIDADE", "NOME ENTIDADE", List.of(), null, EntryKind.ORGANIZATION,
                    ordered("agreement_number", List.of("NÚMERO CONVÊNIO"), "granting_body", List.of("ÓRGÃO CONCEDENTE"),
                            "reason", List.of("MOTIVO DO IMPEDIMENTO")));
            case PEP -> new CguLayout(ListId.PEP, null,
                    List.of("CPF", "Nome_PEP", "Sigla_Função", "Descrição_Função", "Nível_Função", "Nome_Órgão",
                            "Data_Início_Exercício", "Data_Fim_Exercício", "Data_Fim_Carência"),
                    null, "CPF", "Nome_PEP", List.of(), null, EntryKind.PERSON,
                    ordered("role", List.of("Descrição_Função"), "role_code", List.of("Sigla_Função"),
                            "role_level", List.of("Nível_Função"), "body", List.of("Nome_Órgão"),
                            "start", List.of("Data_Início_Exercício"), "end", List.of("Data_Fim_Exercício"),
                            "grace_end", List.of("Data_Fim_Carência")));
            default -> throw new IllegalArgumentException(list + " is not a Portal da Transparência list");
        };
    }

    private static CguLayout sanctions(ListId list, String cadastro) {
        return new CguLayout(list, cadastro, SANCTION_REQUIRED, "CÓDIGO DA SANÇÃO", CPF_OU_CNPJ, "NOME DO SANCIONADO",
                SANCTION_ALIASES, "TIPO DE PESSOA", null, SANCTION_ATTRIBUTES);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> ordered(Object... pairs) {
        var map = new java.util.LinkedHashMap<String, List<String>>();
        for (int i = 0; i < pairs.length; i += 2) map.put((String) pairs[i], (List<String>) pairs[i + 1]);
        return java.util.Collections.unmodifiableMap(map);
    }
}
