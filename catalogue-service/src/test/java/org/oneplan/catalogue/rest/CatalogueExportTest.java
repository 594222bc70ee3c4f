package org.oneplan.catalogue.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.oneplan.catalogue.rest.CatalogueApi.as;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.TestTokens;

/** The catalogue's CSV and iCalendar exports through HTTP, parsed: the same filters and readers as the search. */
@QuarkusTest
class CatalogueExportTest extends CatalogueHttpTest {

    private static final int YEAR = CatalogueSearchTest.YEAR;

    @BeforeEach
    void theCatalogueOf2038() {
        CatalogueSearchTest.load(kafka);
    }

    @Test
    void the_csv_export_has_a_row_per_iteration_crlf_line_ends_and_no_formula_cells() {
        String csv = export("/catalogue-events.csv", "text/csv");
        assertThat(csv).endsWith("\r\n").doesNotContain("\r\n\r\n");
        // Four iterations of the three approved events (the planning course runs twice), after the header.
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines.get(0)).startsWith("event_id,iteration_id,start,end,year,status,title,description,");
        assertThat(csv)
                .contains(",\"Cyber, defence; awareness\",\"'=SUM(A1) threats,\nincident handling; exercises\",");
        assertThat(lines.stream().filter(line -> line.contains(",APPROVED,"))).hasSize(4);
        assertThat(csv).doesNotContain("Planning draft");
        String filtered = as(TestTokens.partner("GEO"))
                .queryParam("year", YEAR)
                .queryParam("q", "crisis")
                .get("/catalogue-events.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(filtered.split("\r\n")).hasSize(2);
    }

    @Test
    void the_ics_export_has_an_all_day_vevent_per_iteration_escaped_and_folded() {
        String ics = export("/catalogue-events.ics", "text/calendar");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        List<String> lines = Arrays.asList(unfolded.split("\r\n"));
        assertThat(lines.stream().filter("BEGIN:VEVENT"::equals)).hasSize(4);
        assertThat(lines).contains("SUMMARY:Cyber\\, defence\\; awareness");
        assertThat(lines).contains("DTSTART;VALUE=DATE:20381102", "DTEND;VALUE=DATE:20381107");
        assertThat(lines).contains("LOCATION:Online", "LOCATION:Oberammergau\\, DEU");
        assertThat(lines.stream()
                        .filter(line -> line.startsWith("DESCRIPTION:=SUM(A1) threats\\,\\nincident "
                                + "handling\\; exercises\\n\\nDiscipline: SRB")))
                .hasSize(1);
        assertThat(lines.stream().filter(line -> line.startsWith("DESCRIPTION:")))
                .anyMatch(line -> line.length() > 75);
        // The UIDs are the iterations' own: a second export names the same runs the same.
        List<String> uids =
                lines.stream().filter(line -> line.startsWith("UID:")).toList();
        assertThat(uids).hasSize(4).doesNotHaveDuplicates();
        assertThat(Arrays.asList(export("/catalogue-events.ics", "text/calendar")
                        .replace("\r\n ", "")
                        .split("\r\n")))
                .containsAll(uids);
    }

    @Test
    void an_export_refuses_bad_filters_like_the_search() {
        as(TestTokens.partner("GEO"))
                .queryParam("sort", "price")
                .get("/catalogue-events.ics")
                .then()
                .statusCode(400)
                .header("Content-Type", startsWith("application/problem+json"));
        as(TestTokens.partner("GEO"))
                .queryParam("eligibleFor", "ZZZ")
                .get("/catalogue-events.csv")
                .then()
                .statusCode(400)
                .header("Content-Type", startsWith("application/problem+json"));
    }

    private static String export(String path, String type) {
        return as(TestTokens.partner("GEO"))
                .queryParam("year", YEAR)
                .get(path)
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith(type))
                .extract()
                .asString();
    }
}
