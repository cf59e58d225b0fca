package kycert.bootstrap.http;

/** The contract's sandbox fixture documents and a few invalid ones. */
final class Docs {
    static final String CPF_APPROVED = "529.982.247-25";
    static final String CPF_APPROVED_BARE = "52998224725";
    static final String CNPJ_APPROVED = "11.222.333/0001-81";
    static final String CNPJ_APPROVED_BARE = "11222333000181";
    static final String CNPJ_ALNUM = "12.ABC.345/01DE-35";
    static final String CNPJ_ALNUM_BARE = "12ABC34501DE35";
    static final String CPF_PEP = "111.444.777-35";
    static final String CPF_SANCTIONED = "222.333.444-05";
    static final String CNPJ_CEIS = "33.444.555/0001-81";
    static final String CNPJ_SUSPENDED = "55.666.777/0001-81";
    static final String CPF_TIMEOUT = "444.555.666-19";
    static final String CPF_FAILS = "777.888.999-41";
    static final String CPF_FAILS_BARE = "77788899941";

    static final String CPF_SHORT = "5299822472";
    static final String CPF_BAD_CHECK = "529.982.247-26";
    static final String CPF_REPEATED = "111.111.111-11";
    static final String CNPJ_SHORT = "1122233300018";
    static final String CNPJ_BAD_CHECK = "11.222.333/0001-82";
    static final String CNPJ_REPEATED = "00.000.000/0000-00";

    static final String SEED_LENGTH_MESSAGE = "CPF/CNPJ com quantidade de dígitos incorreta.";

    private Docs() {}
}
