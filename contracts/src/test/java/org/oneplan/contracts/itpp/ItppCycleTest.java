package org.oneplan.contracts.itpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ItppCycleTest {

    private final ItppCycle cycle = new ItppCycle(2026);

    @Test
    void a_cycle_covers_four_calendar_years() {
        assertThat(cycle.calendarYears()).containsExactly(2026, 2027, 2028, 2029);
        assertThat(cycle.lastYear()).isEqualTo(2029);
        assertThat(cycle.contains(2029)).isTrue();
        assertThat(cycle.contains(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(cycle.contains(2025)).isFalse();
    }

    @Test
    void tells_which_cycle_year_a_date_falls_in() {
        assertThat(cycle.cycleYearOf(LocalDate.of(2026, 12, 31))).isEqualTo(1);
        assertThat(cycle.cycleYearOf(LocalDate.of(2027, 1, 1))).isEqualTo(2);
        assertThat(cycle.cycleYearOf(LocalDate.of(2029, 6, 30))).isEqualTo(4);
        assertThatThrownBy(() -> cycle.cycleYearOf(LocalDate.of(2030, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cycle_years_begin_on_the_first_of_january_and_the_next_cycle_follows_the_last_year() {
        assertThat(cycle.beginningOf(2)).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(cycle.calendarYear(4)).isEqualTo(2029);
        assertThat(cycle.end()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(cycle.next()).isEqualTo(new ItppCycle(2030));
        assertThat(cycle).hasToString("2026-2029");
    }
}
