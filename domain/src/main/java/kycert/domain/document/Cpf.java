package kycert.domain.document;

import io.vavr.control.Either;

/** A valid CPF (Brazilian individual taxpayer number), normalized to 11 digits. */
public record Cpf(String value) implements Document {

    private static final int LENGTH = 11;
    private static final int BODY = 9;

    /** @throws IllegalArgumentException unless {@code value} is a valid, normalized (bare) CPF */
    public Cpf {
        validate(value).getOrElseThrow(error -> new IllegalArgumentException("Invalid CPF: " + error.message()));
    }

    /** Parses a masked ({@code 529.982.247-25}) or bare ({@code 52998224725}) CPF. */
    public static Either<DocumentError, Cpf> parse(String input) {
        return validate(stripSeparators(input)).map(Cpf::new);
    }

    /** The two check digits (mod 11) for a 9-digit body. */
    public static String checkDigits(String nineDigits) {
        if (nineDigits == null || nineDigits.length() != BODY || !isDigits(nineDigits)) {
            throw new IllegalArgumentException("A CPF body has exactly 9 digits");
        }
        int first = mod11(weightedSum(nineDigits, 10));
        int second = mod11(weightedSum(nineDigits + first, 11));
        return "" + first + second;
    }

    @Override
    public String formatted() {
        return value.substring(0, 3) + "." + value.substring(3, 6) + "." + value.substring(6, 9) + "-" + value.substring(9);
    }

    @Override
    public String masked() {
        return "***." + value.substring(3, 6) + "." + value.substring(6, 9) + "-**";
    }

    /** The masked form, so that a CPF never reaches a log in clear by accident. */
    @Override
    public String toString() {
        return masked();
    }

    private static Either<DocumentError, String> validate(String bare) {
        int length = bare == null ? 0 : bare.codePointCount(0, bare.length());
        if (length != LENGTH) {
            return Either.left(new DocumentError.WrongLength(length));
        }
        if (!isDigits(bare)) {
            return Either.left(new DocumentError.InvalidCharacters());
        }
        if (allEqual(bare)) {
            return Either.left(new DocumentError.RepeatedDigits());
        }
        if (!checkDigits(bare.substring(0, BODY)).equals(bare.substring(BODY))) {
            return Either.left(new DocumentError.WrongCheckDigits());
        }
        return Either.right(bare);
    }

    private static int weightedSum(String digits, int firstWeight) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (firstWeight - i);
        }
        return sum;
    }

    private static boolean isDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    // Package-private helpers shared with Cnpj.

    /** Removes {@code . - /} and whitespace (including non-breaking spaces); null becomes empty. */
    static String stripSeparators(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder bare = new StringBuilder(input.length());
        input.codePoints()
                .filter(c -> c != '.' && c != '-' && c != '/' && !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(bare::appendCodePoint);
        return bare.toString();
    }

    /** The mod-11 check digit for a weighted sum: remainder below 2 gives 0, else 11 minus the remainder. */
    static int mod11(int weightedSum) {
        int remainder = weightedSum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    static boolean allEqual(String s) {
        return s.chars().allMatch(c -> c == s.charAt(0));
    }
}
