package kycert.domain.document;

import io.vavr.control.Either;

/** A valid CNPJ (Brazilian company taxpayer number), numeric or alphanumeric, normalized to 14 uppercase characters. */
public record Cnpj(String value) implements Document {

    private static final int LENGTH = 14;
    private static final int BODY = 12;
    private static final int[] FIRST_WEIGHTS = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] SECOND_WEIGHTS = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    /** @throws IllegalArgumentException unless {@code value} is a valid, normalized (bare, uppercase) CNPJ */
    public Cnpj {
        validate(value).getOrElseThrow(error -> new IllegalArgumentException("Invalid CNPJ: " + error.message()));
    }

    /** Parses a masked ({@code 12.ABC.345/01DE-35}) or bare CNPJ; lowercase letters are accepted and uppercased. */
    public static Either<DocumentError, Cnpj> parse(String input) {
        return validate(upperAscii(Cpf.stripSeparators(input))).map(Cnpj::new);
    }

    /** The two check digits for a 12-character body in [0-9A-Z] (each character counts as its ASCII code minus 48). */
    public static String checkDigits(String twelveCharBody) {
        if (twelveCharBody == null || twelveCharBody.length() != BODY || !isBodyChars(twelveCharBody)) {
            throw new IllegalArgumentException("A CNPJ body has exactly 12 characters in [0-9A-Z]");
        }
        int first = Cpf.mod11(weightedSum(twelveCharBody, FIRST_WEIGHTS));
        int second = Cpf.mod11(weightedSum(twelveCharBody + first, SECOND_WEIGHTS));
        return "" + first + second;
    }

    /** True when the body has a letter (the alphanumeric CNPJ format). */
    public boolean alphanumeric() {
        return value.substring(0, BODY).chars().anyMatch(c -> c >= 'A' && c <= 'Z');
    }

    @Override
    public String formatted() {
        return value.substring(0, 2) + "." + value.substring(2, 5) + "." + value.substring(5, 8)
                + "/" + value.substring(8, 12) + "-" + value.substring(12);
    }

    @Override
    public String masked() {
        return "**." + value.substring(2, 5) + "." + value.substring(5, 8) + "/****-**";
    }

    /** The masked form, so that a CNPJ never reaches a log in clear by accident. */
    @Override
    public String toString() {
        return masked();
    }

    private static Either<DocumentError, String> validate(String bare) {
        int length = bare == null ? 0 : bare.codePointCount(0, bare.length());
        if (length != LENGTH) {
            return Either.left(new DocumentError.WrongLength(length));
        }
        String body = bare.substring(0, BODY);
        String digits = bare.substring(BODY);
        if (!isBodyChars(body) || !digits.chars().allMatch(Cnpj::isDigit)) {
            return Either.left(new DocumentError.InvalidCharacters());
        }
        if (Cpf.allEqual(bare)) {
            return Either.left(new DocumentError.RepeatedDigits());
        }
        if (!checkDigits(body).equals(digits)) {
            return Either.left(new DocumentError.WrongCheckDigits());
        }
        return Either.right(bare);
    }

    private static int weightedSum(String chars, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (chars.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    private static boolean isBodyChars(String s) {
        return s.chars().allMatch(c -> isDigit(c) || (c >= 'A' && c <= 'Z'));
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Uppercases only ASCII letters, so that no other character can turn into a valid one or change the length. */
    private static String upperAscii(String s) {
        StringBuilder upper = new StringBuilder(s.length());
        s.chars().forEach(c -> upper.append((char) (c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c)));
        return upper.toString();
    }
}
