package org.oneplan.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    enum Area {
        LAND,
        AIR
    }

    record Body(Integer year, String title, Boolean flag, Area area, BigDecimal amount) {}

    private final ObjectMapper json = StrictJson.strict(new ObjectMapper());

    @Test
    void values_of_their_fields_types_are_read() throws JsonProcessingException {
        Body body = json.readValue(
                "{\"year\":2025,\"title\":\"T\",\"flag\":true,\"area\":\"AIR\",\"amount\":2.50}", Body.class);

        assertThat(body).isEqualTo(new Body(2025, "T", true, Area.AIR, new BigDecimal("2.50")));
    }

    @Test
    void a_member_named_twice_is_refused() {
        assertThatThrownBy(() -> json.readValue("{\"title\":\"a\",\"title\":\"b\"}", Body.class))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Duplicate field 'title'");
    }

    @Test
    void a_number_written_as_text_is_refused() {
        assertThatThrownBy(() -> json.readValue("{\"year\":\"2025\"}", Body.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void a_number_or_a_flag_for_a_text_is_refused() {
        assertThatThrownBy(() -> json.readValue("{\"title\":123}", Body.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> json.readValue("{\"title\":true}", Body.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void a_flag_written_as_text_and_an_enumeration_given_by_its_index_are_refused() {
        assertThatThrownBy(() -> json.readValue("{\"flag\":\"true\"}", Body.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> json.readValue("{\"area\":1}", Body.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void a_fraction_for_a_whole_number_is_refused() {
        assertThatThrownBy(() -> json.readValue("{\"year\":2025.5}", Body.class))
                .isInstanceOf(JsonProcessingException.class);
    }
}
