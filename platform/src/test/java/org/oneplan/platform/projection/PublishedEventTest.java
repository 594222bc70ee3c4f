package org.oneplan.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A consumer reads exactly what was published: decimals keep their digits and scale, never pass a double. */
class PublishedEventTest {

    record Amounts(BigDecimal baseline, BigDecimal target, BigDecimal huge) {}

    private static final String RECORD = """
            {"specversion":"1.0","id":"0b0c6f4e-5a43-4cf0-9a5d-6a1f0f3c4d11","source":"/oneplan/itpp-service",
             "type":"org.oneplan.itpp.GoalAdded.v1","subject":"3f1f5c2e-9d1a-4a57-8b5b-2b0b7f0f6e21",
             "time":"2026-11-28T10:00:00Z","datacontenttype":"application/json","sequence":"3",
             "data":{"baseline":1E+2,"target":2.50,"huge":1E+400}}""";

    @Test
    void decimals_reach_the_consumer_exactly_as_published() {
        PublishedEvent event = PublishedEvent.parse(RECORD.getBytes(StandardCharsets.UTF_8));

        Amounts amounts = event.data(Amounts.class);

        assertThat(amounts.target()).isEqualTo(new BigDecimal("2.50"));
        assertThat(amounts.baseline()).isEqualTo(new BigDecimal("1E+2"));
        assertThat(amounts.huge()).isEqualTo(new BigDecimal("1E+400"));
        assertThat(event.sequence()).isEqualTo(3);
    }

    @Test
    void read_models_keep_decimals_exactly_through_their_own_json() {
        Amounts amounts = new Amounts(new BigDecimal("1E+2"), new BigDecimal("2.50"), new BigDecimal("1E+400"));

        assertThat(Json.read(Json.write(amounts), Amounts.class)).isEqualTo(amounts);
    }
}
