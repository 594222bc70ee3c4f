package org.oneplan.platform.relay;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.oneplan.contracts.DomainEvent;

/** Stored events whose published form is hard to hash right: exact decimals, control and non-ASCII text. */
final class Measurements {

    static final String PREVIOUS_HASH = "5f0c6a2e81b3d4c79e0a1f2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7";

    @DomainEvent(context = "test")
    record IndicatorMeasuredEvent(String label, BigDecimal baseline, BigDecimal target, Map<String, String> notes) {}

    private Measurements() {}

    static GenericDomainEventMessage<IndicatorMeasuredEvent> measured(BigDecimal baseline, BigDecimal target) {
        IndicatorMeasuredEvent payload = new IndicatorMeasuredEvent(
                "T\u00fcrkiye \u001f \u20ac / \"quoted\" \\ \ud83d\ude00",
                baseline,
                target,
                Map.of(
                        "\u20ac", "Euro Sign",
                        "\r", "Carriage Return",
                        "1", "One",
                        "\ud83d\ude00", "Emoji: Grinning Face",
                        "\u00f6", "Latin Small Letter O With Diaeresis"));
        return new GenericDomainEventMessage<>(
                "Indicator",
                "7d1f6a0e-3c2b-4e59-9a8d-1b2c3d4e5f60",
                3,
                payload,
                Map.of(
                        "actor", "staff-officer",
                        "actorRole", "staff",
                        "actorNation", "NOR",
                        "correlationId", "c0a80101-0000-4000-8000-000000000001",
                        "causationId", "c0a80101-0000-4000-8000-000000000002"),
                "0b6f3a52-9d4e-4c1a-8f7b-2e3d4c5b6a79",
                Instant.parse("2026-11-27T10:15:30.123Z"));
    }
}
