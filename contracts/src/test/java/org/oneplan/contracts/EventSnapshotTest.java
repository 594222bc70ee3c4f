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
        return SampleEvents.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void serialized_form_of_every_event_is_pinned_by_its_snapshot(Object event) throws IOException {
        Path snapshot = SNAPSHOTS.resolve(EventTypes.cloudEventType(event.getClass()) + ".json");
        String actual = JSON.writeValueAsString(event) + "\n";
        if (!Files.exists(snapshot) && Boolean.getBoolean("snapshots.update")) {
            Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
        }
        assertThat(snapshot).as("snapshot of %s", event.getClass().getSimpleName()).exists();
        assertThat(actual).isEqualTo(Files.readString(snapshot, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void every_event_reads_back_equal_to_what_was_written(Object event) throws IOException {
        Object read = JSON.readValue(JSON.writeValueAsBytes(event), event.getClass());
        assertThat(read).isEqualTo(event);
    }
}
