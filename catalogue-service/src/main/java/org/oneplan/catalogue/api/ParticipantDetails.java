package org.oneplan.catalogue.api;

import java.time.LocalDate;
import org.oneplan.contracts.catalogue.Sex;

/**
 * A participant's personal data: only ever sealed with the person's key outside memory. Its text form names
 * nothing, so that no log line can carry a person's details.
 */
public record ParticipantDetails(
        String name, String rank, String position, String email, LocalDate dateOfBirth, Sex sex) {

    @Override
    public String toString() {
        return "ParticipantDetails[withheld]";
    }
}
