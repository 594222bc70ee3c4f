package org.oneplan.deploy.launch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/** The ids catalogue-service derives from names (its CatalogueIds), so that the loaders can address what they made. */
final class CatalogueDemoIds {

    private CatalogueDemoIds() {}

    static String institution(String name) {
        return of("institution:" + name.strip().toLowerCase(Locale.ROOT));
    }

    static String contribution(int year, String institutionId, String title) {
        return of("contribution:" + year + ":" + institutionId + ":"
                + title.strip().toLowerCase(Locale.ROOT));
    }

    private static String of(String name) {
        return UUID.nameUUIDFromBytes(("oneplan:" + name).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
