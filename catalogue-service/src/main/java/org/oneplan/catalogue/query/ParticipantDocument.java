package org.oneplan.catalogue.query;

import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.catalogue.ParticipantDetailsCorrectedEvent;
import org.oneplan.contracts.catalogue.ParticipantErasedEvent;
import org.oneplan.contracts.catalogue.ParticipantRegisteredEvent;
import org.oneplan.contracts.catalogue.Sex;
import org.oneplan.platform.projection.Json;

/**
 * A participant as stored for reading: the sealed details, never opened here (the resource opens them with
 * the person's key for a caller allowed to see them), or after erasure only the sex kept for statistics.
 */
public record ParticipantDocument(
        UUID id,
        String nation,
        String sealedDetails,
        boolean erased,
        Instant erasedAt,
        Sex statisticalSex,
        long version) {

    public static ParticipantDocument fold(ParticipantDocument participant, Object event, long version) {
        if (event instanceof ParticipantRegisteredEvent e) {
            return new ParticipantDocument(
                    e.participantId(), e.nation(), e.sealedDetails(), false, null, null, version);
        }
        if (event instanceof ParticipantDetailsCorrectedEvent e) {
            return new ParticipantDocument(
                    participant.id(), participant.nation(), e.sealedDetails(), false, null, null, version);
        }
        if (event instanceof ParticipantErasedEvent e) {
            return new ParticipantDocument(
                    participant.id(), participant.nation(), null, true, e.erasedAt(), e.statisticalSex(), version);
        }
        return participant;
    }

    static ParticipantDocument fromJson(String json) {
        return Json.read(json, ParticipantDocument.class);
    }

    String toJson() {
        return Json.write(this);
    }
}
