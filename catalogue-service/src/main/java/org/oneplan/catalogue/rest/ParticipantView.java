package org.oneplan.catalogue.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.catalogue.api.ParticipantDetails;
import org.oneplan.catalogue.query.ParticipantDocument;
import org.oneplan.contracts.catalogue.Sex;

/**
 * A participant as a caller sees them: the details opened with the person's key for the registering nation
 * and NATO staff ({@code personalData} SHOWN), none for an inspector (WITHHELD: not cleared for personal
 * data) or once erased (ERASED; only the sex kept for statistics remains).
 */
@Schema(name = "Participant")
public record ParticipantView(
        UUID id,
        String nation,
        PersonalData personalData,
        @Schema(nullable = true) String name,
        @Schema(nullable = true) String rank,
        @Schema(nullable = true) String position,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) LocalDate dateOfBirth,
        @Schema(nullable = true) Sex sex,
        @Schema(nullable = true) Instant erasedAt,
        long version) {

    public enum PersonalData {
        SHOWN,
        WITHHELD,
        ERASED
    }

    static ParticipantView shown(ParticipantDocument participant, ParticipantDetails details) {
        return new ParticipantView(
                participant.id(),
                participant.nation(),
                PersonalData.SHOWN,
                details.name(),
                details.rank(),
                details.position(),
                details.email(),
                details.dateOfBirth(),
                details.sex(),
                null,
                participant.version());
    }

    static ParticipantView withheld(ParticipantDocument participant) {
        return new ParticipantView(
                participant.id(),
                participant.nation(),
                participant.erased() ? PersonalData.ERASED : PersonalData.WITHHELD,
                null,
                null,
                null,
                null,
                null,
                participant.erased() ? participant.statisticalSex() : null,
                participant.erasedAt(),
                participant.version());
    }
}
