package kycert.adapters.jdbc;

import java.util.regex.Pattern;

/** JDBC URLs as they may appear in messages: any password parameter masked. */
final class Urls {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private Urls() {}

    static String mask(String jdbcUrl) {
        return jdbcUrl == null ? "null" : PASSWORD.matcher(jdbcUrl).replaceAll("$1***");
    }
}
