package kycert.domain.document;

/** Why an input is not a valid CPF/CNPJ; exactly one reason is reported per input. */
public sealed interface DocumentError {

    /** User-facing message, in Portuguese. */
    String message();

    /** After removing punctuation, the input does not have the document's length (11 for CPF, 14 for CNPJ). */
    record WrongLength(int length) implements DocumentError {
        @Override
        public String message() {
            return "CPF/CNPJ com quantidade de dígitos incorreta.";
        }
    }

    /** The input has the right length but contains a character the document does not allow. */
    record InvalidCharacters() implements DocumentError {
        @Override
        public String message() {
            return "CPF/CNPJ contém caracteres inválidos.";
        }
    }

    /** Every character is the same (e.g. 111.111.111-11), which the check digits alone would accept. */
    record RepeatedDigits() implements DocumentError {
        @Override
        public String message() {
            return "CPF/CNPJ inválido: todos os dígitos são iguais.";
        }
    }

    /** The check digits do not match the body. */
    record WrongCheckDigits() implements DocumentError {
        @Override
        public String message() {
            return "CPF/CNPJ inválido: dígitos verificadores não conferem.";
        }
    }
}
