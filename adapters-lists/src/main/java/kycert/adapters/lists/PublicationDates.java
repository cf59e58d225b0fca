package kycert.adapters.lists;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The publication stamps the lists write, read leniently: an unreadable stamp is no stamp, not a bad file. */
final class PublicationDates {
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    private static final DateTimeFormatter EU = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private PublicationDates() {}

    /** OFAC {@code Publish_Date}: {@code 06/22/2026}, taken as midnight UTC. */
    static Option<Instant> usDate(String text) {
        return date(text, US);
    }

    /** EU CSV {@code fileGenerationDate}: {@code 05/08/2026} (day first) or ISO. */
    static Option<Instant> euDate(String text) {
        Option<Instant> dayFirst = date(text, EU);
        return dayFirst.isDefined() ? dayFirst : isoDateTime(text);
    }

    /** UN {@code dateGenerated} / EU {@code generationDate}: ISO with or without offset (none means UTC), or a bare date. */
    static Option<Instant> isoDateTime(String text) {
        if (text == null || text.isBlank()) return Option.none();
        String t = text.strip();
        try {
            return Option.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return Option.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notLocal) {
                return date(t, DateTimeFormatter.ISO_LOCAL_DATE);
            }
        }
    }

    private static Option<Instant> date(String text, DateTimeFormatter format) {
        if (text == null || text.isBlank()) return Option.none();
        try {
            return Option.of(LocalDate.parse(text.strip(), format).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Option.none();
        }
    }
}
