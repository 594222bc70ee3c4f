package org.oneplan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the JSON of every published event. A failing snapshot means a stored event would change meaning:
 * add a new event version and an upcaster instead. Run with {@code -Dsnapshots.update=true} only for a
 * brand-new event type.
 */
class EventSnapshotTest {

    private static final Path SNAPSHOTS = Paths.get("src/test/resources/snapshots");
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<Object> events() {
        return Stream.of(
                        SampleEvents.all(),
                        ParpSampleEvents.all(),
                        AssessmentSampleEvents.all(),
                        OccSampleEvents.all(),
                        ParpAssessmentSampleEvents.all(),
                        CatalogueSampleEvents.all(),
                        NominationSampleEvents.all())
                .flatMap(java.util.List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void serialized_form_of_every_event_is_pinned_by_its_snapshot(Object event) throws IOException {
        Path snapshot = SNAPSHOTS.resolve(EventTypes.cloudEventType(event.getClass()) + ".json");
        String actual = JSON.writeValueAsString(event) + "\n";
        if (!Files.exists(snapshot) && Boolean.getBoolean("snapshots.update")) {
            Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
        }
        assertThat(snapshot)
                .as("snapshot of %s", event.getClass().getSimpleName())
                .exists();
        assertThat(actual).isEqualTo(Files.readString(snapshot, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void every_event_reads_back_equal_to_what_was_written(Object event) throws IOException {
        Object read = JSON.readValue(JSON.writeValueAsBytes(event), event.getClass());
        assertThat(read).isEqualTo(event);
    }

    @org.junit.jupiter.api.Test
    void a_goal_written_before_indicators_existed_reads_with_no_indicators() throws IOException {
        String older =
                "{\"itppId\":\"9a3e6c1d-5b7f-4e2a-8c0d-1f2e3a4b5c6d\",\"goalId\":\"2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a\","
                        + "\"title\":\"Goal\",\"expectedOutcome\":\"Outcome\",\"rationale\":\"Why\",\"objectiveIds\":[],\"milestones\":[]}";
        var goal = JSON.readValue(older, org.oneplan.contracts.itpp.PartnershipGoalAddedEvent.class);
        assertThat(goal.indicators()).isEmpty();
    }
}
