package kycert.adapters.lists;

import java.io.InputStream;
import java.util.Objects;

/** One published file of an import, as the client named it (the name is shown in errors, never trusted for the format). */
public record NamedInput(String fileName, InputStream in) {
    public NamedInput {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(in, "in");
    }
}
