package kycert.domain.screening;

import java.util.Objects;

/**
 * Why an import was refused: the file (as the client named it), where in it ({@code line N}, or empty for the whole
 * file) and why. The active version of the list stays as it was.
 */
public record ListFileFault(String fileName, String location, String reason) {
    public static final String CODE = "invalid_list_file";

    public ListFileFault {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(location);
        Objects.requireNonNull(reason);
    }

    /** {@code file, line N: reason}, naming no document from the file. */
    public String message() {
        return fileName + (location.isEmpty() ? "" : ", " + location) + ": " + reason;
    }
}
