package kycert.domain.document;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/** jqwik generators of valid documents, shared with other modules through the domain test-jar. */
public final class DocumentArbitraries {

    private DocumentArbitraries() {
    }

    /** 9-digit CPF bodies whose CPF is not all-equal digits (all-equal bodies always yield an all-equal CPF). */
    public static Arbitrary<String> cpfBodies() {
        return Arbitraries.strings().numeric().ofLength(9).filter(body -> !allEqual(body));
    }

    /** 12-character CNPJ bodies in [0-9A-Z], with or without letters. */
    public static Arbitrary<String> cnpjBodies() {
        return Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofLength(12);
    }

    /** 12-digit (numeric, legacy) CNPJ bodies. */
    public static Arbitrary<String> numericCnpjBodies() {
        return Arbitraries.strings().numeric().ofLength(12);
    }

    public static Arbitrary<Cpf> cpfs() {
        return cpfBodies().map(body -> new Cpf(body + Cpf.checkDigits(body)));
    }

    public static Arbitrary<Cnpj> numericCnpjs() {
        return cnpjsFrom(numericCnpjBodies());
    }

    public static Arbitrary<Cnpj> alphanumericCnpjs() {
        return cnpjsFrom(cnpjBodies().filter(body -> body.chars().anyMatch(Character::isLetter)));
    }

    public static Arbitrary<Cnpj> cnpjs() {
        return Arbitraries.oneOf(numericCnpjs(), alphanumericCnpjs());
    }

    public static Arbitrary<Document> documents() {
        return Arbitraries.oneOf(cpfs(), cnpjs());
    }

    /** The given text with random runs of separators ({@code . - /}, space, tab) inserted around and between its characters. */
    public static Arbitrary<String> withSeparators(String text) {
        return Arbitraries.strings().withChars(".-/ \t").ofMaxLength(2).list().ofSize(text.length() + 1)
                .map(separators -> interleave(text, separators));
    }

    private static Arbitrary<Cnpj> cnpjsFrom(Arbitrary<String> bodies) {
        return bodies.map(body -> body + Cnpj.checkDigits(body))
                .filter(value -> !allEqual(value))
                .map(Cnpj::new);
    }

    private static String interleave(String text, List<String> separators) {
        StringBuilder out = new StringBuilder(separators.get(0));
        for (int i = 0; i < text.length(); i++) {
            out.append(text.charAt(i)).append(separators.get(i + 1));
        }
        return out.toString();
    }

    private static boolean allEqual(String s) {
        return s.chars().distinct().count() <= 1;
    }

    /** Valid CPFs. */
    public static class ValidCpf implements ArbitrarySupplier<Cpf> {
        @Override
        public Arbitrary<Cpf> get() {
            return cpfs();
        }
    }

    /** Valid numeric (legacy format) CNPJs. */
    public static class ValidNumericCnpj implements ArbitrarySupplier<Cnpj> {
        @Override
        public Arbitrary<Cnpj> get() {
            return numericCnpjs();
        }
    }

    /** Valid alphanumeric CNPJs (at least one letter in the body). */
    public static class ValidAlphanumericCnpj implements ArbitrarySupplier<Cnpj> {
        @Override
        public Arbitrary<Cnpj> get() {
            return alphanumericCnpjs();
        }
    }

    /** Valid CNPJs, numeric or alphanumeric. */
    public static class ValidCnpj implements ArbitrarySupplier<Cnpj> {
        @Override
        public Arbitrary<Cnpj> get() {
            return cnpjs();
        }
    }

    /** Valid documents: CPFs and CNPJs of both formats. */
    public static class ValidDocument implements ArbitrarySupplier<Document> {
        @Override
        public Arbitrary<Document> get() {
            return documents();
        }
    }
}
