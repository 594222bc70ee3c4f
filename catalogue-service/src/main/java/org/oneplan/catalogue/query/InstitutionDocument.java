package org.oneplan.catalogue.query;

import java.util.UUID;
import org.oneplan.contracts.catalogue.InstitutionKind;
import org.oneplan.contracts.catalogue.OfferingInstitutionChangedEvent;
import org.oneplan.contracts.catalogue.OfferingInstitutionRegisteredEvent;
import org.oneplan.platform.projection.Json;

/** An offering institution as read: a pure fold over its events. */
public record InstitutionDocument(UUID id, String name, InstitutionKind kind, String nation, long version) {

    public static InstitutionDocument fold(InstitutionDocument institution, Object event, long version) {
        if (event instanceof OfferingInstitutionRegisteredEvent e) {
            return new InstitutionDocument(e.institutionId(), e.name(), e.kind(), e.nation(), version);
        }
        if (event instanceof OfferingInstitutionChangedEvent e) {
            return new InstitutionDocument(institution.id(), e.name(), e.kind(), e.nation(), version);
        }
        return institution;
    }

    static InstitutionDocument fromJson(String json) {
        return Json.read(json, InstitutionDocument.class);
    }

    String toJson() {
        return Json.write(this);
    }
}
