package org.oneplan.partner.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.partner.NacDecision;
import org.oneplan.contracts.partner.PredecessorProgramme;
import org.oneplan.contracts.partner.Programme;
import org.oneplan.platform.projection.Json;

/** A partner's programme enrolments (current and past) and the programmes its ITPP replaced. */
public record Participation(List<Enrolment> programmes, List<Predecessor> predecessorProgrammes) {

    public record Enrolment(
            Programme programme,
            LocalDate since,
            @Schema(nullable = true) LocalDate until,
            @Schema(nullable = true) NacDecision nacDecision) {}

    public record Predecessor(
            PredecessorProgramme programme,
            LocalDate from,
            @Schema(nullable = true) LocalDate until) {}

    static Participation fromJson(String json) {
        return Json.read(json, Participation.class);
    }

    String toJson() {
        return Json.write(this);
    }

    public static Participation none() {
        return new Participation(List.of(), List.of());
    }

    Participation enrol(Programme programme, LocalDate since, NacDecision decision) {
        List<Enrolment> updated = new ArrayList<>(programmes);
        updated.add(new Enrolment(programme, since, null, decision));
        return new Participation(updated, predecessorProgrammes);
    }

    Participation leave(Programme programme, LocalDate until) {
        List<Enrolment> updated = new ArrayList<>();
        for (Enrolment enrolment : programmes) {
            boolean current = enrolment.programme() == programme && enrolment.until() == null;
            updated.add(
                    current ? new Enrolment(programme, enrolment.since(), until, enrolment.nacDecision()) : enrolment);
        }
        return new Participation(updated, predecessorProgrammes);
    }

    Participation withPredecessor(PredecessorProgramme programme, LocalDate from, LocalDate until) {
        List<Predecessor> updated = new ArrayList<>(predecessorProgrammes);
        updated.add(new Predecessor(programme, from, until));
        return new Participation(programmes, updated);
    }
}
