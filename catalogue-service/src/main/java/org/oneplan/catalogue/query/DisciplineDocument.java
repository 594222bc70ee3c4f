package org.oneplan.catalogue.query;

import java.util.UUID;
import org.oneplan.contracts.catalogue.DisciplineChangedEvent;
import org.oneplan.contracts.catalogue.DisciplineDefinedEvent;
import org.oneplan.platform.projection.Json;

/** A discipline as read: a pure fold over its events. */
public record DisciplineDocument(UUID id, String code, String name, boolean active, long version) {

    public static DisciplineDocument fold(DisciplineDocument discipline, Object event, long version) {
        if (event instanceof DisciplineDefinedEvent e) {
            return new DisciplineDocument(e.disciplineId(), e.code(), e.name(), e.active(), version);
        }
        if (event instanceof DisciplineChangedEvent e) {
            return new DisciplineDocument(discipline.id(), discipline.code(), e.name(), e.active(), version);
        }
        return discipline;
    }

    static DisciplineDocument fromJson(String json) {
        return Json.read(json, DisciplineDocument.class);
    }

    String toJson() {
        return Json.write(this);
    }
}
