package org.oneplan.catalogue.rest;

import jakarta.inject.Singleton;
import java.time.Instant;
import org.oneplan.platform.testing.MovableClock;

/** Replaces the system clock in tests (the platform's clock is a default bean), so silence deadlines can pass. */
@Singleton
public class TestClock extends MovableClock {

    public TestClock() {
        super(Instant.parse("2026-11-02T09:00:00Z"));
    }
}
