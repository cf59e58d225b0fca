package kycert.adapters.lists;

import io.vavr.control.Option;
import java.io.BufferedInputStream;

/** One published file inside an import: a plain input or a ZIP entry, with what its first bytes say it is. */
record Entry(String name, BufferedInputStream in, Option<PublishedFormat> format) {

    InvalidListFile refused(String reason) {
        return new InvalidListFile(name, "", reason);
    }
}
