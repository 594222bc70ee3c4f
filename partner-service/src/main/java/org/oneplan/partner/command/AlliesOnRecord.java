package org.oneplan.partner.command;

import java.time.LocalDate;
import java.util.Optional;

/** The Allies this service has admitted, as the partner registry's rules need them. */
interface AlliesOnRecord {

    /** The accession date of the Ally with this code, if it was admitted. */
    Optional<LocalDate> accessionOf(String code);
}
