package org.oneplan.catalogue.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the command handlers need to know of the catalogue beyond one aggregate, from its read models: the
 * disciplines and institutions a contribution names, and the events approved for a year.
 */
public interface KnownCatalogue {

    /** Whether the discipline is active; empty when no discipline has that code. */
    Optional<Boolean> disciplineActive(String code);

    /** The nation of a registered institution ({@code NATO} for a NATO body); empty when none has that id. */
    Optional<String> institutionNation(UUID institutionId);

    /** The events approved (and not cancelled) for a year now, by title. */
    List<UUID> approvedIn(int year);
}
