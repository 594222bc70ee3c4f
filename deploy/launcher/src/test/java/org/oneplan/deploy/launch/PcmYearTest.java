package org.oneplan.deploy.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oneplan.deploy.launch.PcmYear.GeneratedEvent;

class PcmYearTest {

    private final List<GeneratedEvent> year = new PcmYear(2027, PcmYearDemoData.SEED).events(1_400);

    @Test
    void the_same_seed_and_year_give_the_same_catalogue() {
        List<GeneratedEvent> again = new PcmYear(2027, PcmYearDemoData.SEED).events(1_400);

        assertThat(again).isEqualTo(year);
        assertThat(new PcmYear(2027, PcmYearDemoData.SEED + 1).events(1_400)).isNotEqualTo(year);
    }

    @Test
    void spreads_the_events_over_all_37_disciplines() {
        Map<Object, Long> perDiscipline = year.stream()
                .collect(Collectors.groupingBy(event -> event.offer().get("disciplineCode"), Collectors.counting()));

        assertThat(perDiscipline).hasSize(37);
        assertThat(perDiscipline.values()).allSatisfy(count -> assertThat(count).isBetween(37L, 38L));
    }

    @Test
    void holds_events_in_more_than_fifty_host_nations() {
        Set<Object> hosts = year.stream()
                .map(event -> event.offer().get("hostNation"))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());

        assertThat(hosts).hasSizeGreaterThan(50);
    }

    @Test
    void names_no_title_twice_for_one_institution() {
        Set<String> seen = new HashSet<>();

        assertThat(year)
                .allSatisfy(event -> assertThat(seen.add(
                                event.institution().name() + "|" + event.title().toLowerCase(java.util.Locale.ROOT)))
                        .isTrue());
    }

    @Test
    void runs_every_iteration_within_the_catalogue_year_on_distinct_mondays() {
        assertThat(year).allSatisfy(event -> {
            assertThat(event.starts()).isNotEmpty().doesNotHaveDuplicates().isSorted();
            assertThat(event.starts()).allSatisfy(start -> {
                assertThat(start.getYear()).isEqualTo(2027);
                assertThat(start.plusDays(4).getYear()).isEqualTo(2027);
                assertThat(start.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            });
        });
    }

    @Test
    void online_events_have_no_place_and_the_others_have_one() {
        assertThat(year).allSatisfy(event -> {
            boolean online = "ONLINE_ADL".equals(event.offer().get("deliveryMethod"));
            assertThat(event.offer().get("hostNation") == null).isEqualTo(online);
            assertThat(event.offer().get("city") == null).isEqualTo(online);
        });
    }

    @Test
    void keeps_minimum_seats_below_maximum_seats() {
        assertThat(year)
                .allSatisfy(event -> assertThat((Integer) event.offer().get("minSeats"))
                        .isLessThan((Integer) event.offer().get("maxSeats")));
    }

    @Test
    void from_october_the_open_catalogue_is_next_years() {
        assertThat(PcmYearDemoData.nominationYear(LocalDate.of(2026, 11, 28))).isEqualTo(2027);
        assertThat(PcmYearDemoData.nominationYear(LocalDate.of(2026, 9, 30))).isEqualTo(2026);
    }
}
