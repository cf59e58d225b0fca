package kycert.adapters.lists;

import java.util.Objects;

/**
 * A file that is not the asked list's format, or is malformed: the HTTP layer answers 400 {@code invalid_list_file}.
 * The message names the file and the line; it never carries a document number from the file.
 */
public final class InvalidListFile extends RuntimeException {
    private final String fileName;
    private final String location;
    private final String reason;

    public InvalidListFile(String fileName, String location, String reason) {
        super(Objects.requireNonNull(fileName) + (location == null || location.isEmpty() ? "" : ", " + location) + ": " + Objects.requireNonNull(reason));
        this.fileName = fileName;
        this.location = location == null ? "" : location;
        this.reason = reason;
    }

    static InvalidListFile atLine(String fileName, long line, String reason) {
        return new InvalidListFile(fileName, "line " + line, reason);
    }

    /** The file as the client named it; for a ZIP entry, {@code archive.zip!entry}. */
    public String fileName() { return fileName; }

    /** {@code line N} (where the faulty record or element is), or empty when the fault is the whole file. */
    public String location() { return location; }

    /** Why the file was refused, in words an operator can act on. */
    public String reason() { return reason; }
}
