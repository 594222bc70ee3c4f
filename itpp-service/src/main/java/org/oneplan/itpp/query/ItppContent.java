package org.oneplan.itpp.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.platform.axon.Serializers;

/** Outputs 1 and 2 as they read now, and the objections raised under silence procedures. */
public record ItppContent(List<Objective> objectives, List<Goal> goals, List<Objection> objections) {

    public record Objective(UUID id, String title, String description, String intendedOutcome) {
    }

    public record Goal(UUID id, String title, String expectedOutcome, String rationale, List<UUID> objectiveIds,
            List<Milestone> milestones) {
    }

    public record Objection(String ally, String reason) {
    }

    private static final ObjectMapper JSON = Serializers.eventMapper();

    static ItppContent empty() {
        return new ItppContent(List.of(), List.of(), List.of());
    }

    static ItppContent fromJson(String json) {
        try {
            return JSON.readValue(json, ItppContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable ITPP content", e);
        }
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write ITPP content", e);
        }
    }

    ItppContent withObjective(Objective objective) {
        List<Objective> updated = new ArrayList<>(objectives.stream().filter(o -> !o.id().equals(objective.id())).toList());
        updated.add(objective);
        return new ItppContent(updated, goals, objections);
    }

    ItppContent withoutObjective(UUID id) {
        return new ItppContent(objectives.stream().filter(o -> !o.id().equals(id)).toList(), goals, objections);
    }

    ItppContent withGoal(Goal goal) {
        List<Goal> updated = new ArrayList<>(goals);
        updated.add(goal);
        return new ItppContent(objectives, updated, objections);
    }

    ItppContent withoutGoal(UUID id) {
        return new ItppContent(objectives, goals.stream().filter(g -> !g.id().equals(id)).toList(), objections);
    }

    ItppContent withObjection(Objection objection) {
        List<Objection> updated = new ArrayList<>(objections);
        updated.add(objection);
        return new ItppContent(objectives, goals, updated);
    }
}
