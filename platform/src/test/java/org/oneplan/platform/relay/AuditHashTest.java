package org.oneplan.platform.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The hash of a published record covers exactly its published values in RFC 8785 form, so a verifier
 * that shares no code with OnePlan recomputes it from the record's bytes.
 */
class AuditHashTest {

    private final CloudEventFactory cloudEvents = new CloudEventFactory("/oneplan/test-service");

    @Test
    void a_published_record_hashes_as_an_independent_rfc_8785_implementation_computes_from_its_bytes()
            throws Exception {
        CloudEventFactory.Published published = cloudEvents.toCloudEvent(
                Measurements.measured(new BigDecimal("2.50"), new BigDecimal("1E+2")), Measurements.PREVIOUS_HASH);

        assertThat(published.hash()).isEqualTo(IndependentJcsHash.hash(published.json()));
        assertThat(IndependentJcsHash.canonicalWithoutHash(published.json()))
                .contains("\"baseline\":2.5,", "\"target\":100}", "\\u001f");
    }

    @Test
    void a_number_beyond_the_double_range_is_refused_rather_than_hashed_as_the_text_infinity() {
        assertThatThrownBy(() -> cloudEvents.toCloudEvent(
                        Measurements.measured(BigDecimal.ONE, new BigDecimal("1E+400")), AuditChain.GENESIS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1E+400");
    }

    @Test
    void a_number_beyond_double_precision_is_refused_so_that_two_different_values_never_share_a_hash() {
        cloudEvents.toCloudEvent(Measurements.measured(BigDecimal.ONE, new BigDecimal("0.1")), AuditChain.GENESIS);

        assertThatThrownBy(() -> cloudEvents.toCloudEvent(
                        Measurements.measured(BigDecimal.ONE, new BigDecimal("0.10000000000000000001")),
                        AuditChain.GENESIS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.10000000000000000001");
    }
}
