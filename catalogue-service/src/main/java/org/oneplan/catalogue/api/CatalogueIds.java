package org.oneplan.catalogue.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * Ids derived from what names a record, so that a second submission of the same thing is a 409 and the
 * demo data can be loaded twice.
 */
public final class CatalogueIds {

    private CatalogueIds() {}

    public static UUID discipline(String code) {
        return of("discipline:" + code.toUpperCase(Locale.ROOT));
    }

    public static UUID institution(String name) {
        return of("institution:" + name.strip().toLowerCase(Locale.ROOT));
    }

    /** The same title offered by the same institution for the same year is the same contribution. */
    public static UUID contribution(int year, UUID institutionId, String title) {
        return of("contribution:" + year + ":" + institutionId + ":"
                + title.strip().toLowerCase(Locale.ROOT));
    }

    public static UUID iteration(UUID contributionId, LocalDate start) {
        return of("iteration:" + contributionId + ":" + start);
    }

    public static UUID catalogue(int year) {
        return of("catalogue:" + year);
    }

    private static UUID of(String name) {
        return UUID.nameUUIDFromBytes(("oneplan:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
