package org.oneplan.assessment.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.oneplan.assessment.rest.AssessmentApi.as;
import static org.oneplan.assessment.rest.AssessmentApi.asStaffOn;
import static org.oneplan.assessment.rest.AssessmentApi.awaitMidTermOf;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.assessment.query.IatiSchema;
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.platform.testing.TestTokens;

/**
 * An ITPP's results framework through HTTP: indicators from the ITPP topic, actuals recorded on the mid-term
 * assessment and counted once it is approved, exported as JSON, IATI 2.03 XML (valid against IATI's schema
 * where the machine has it) and CSV.
 */
@QuarkusTest
class ResultsExportTest extends AssessmentHttpTest {

    @Test
    void actuals_of_an_approved_assessment_are_exported_as_json_iati_xml_and_csv() throws Exception {
        Itpps.Itpp itpp = itpps().drafted("MKD", 2026);
        UUID trained = UUID.randomUUID();
        UUID objective = itpp.objective("Interoperable forces");
        UUID goal = itpp.goalMeasuredBy(
                List.of(objective),
                "Deployable battalion",
                new Indicator(
                        trained, "Officers trained", "officers", BigDecimal.ZERO, 2025, BigDecimal.TEN, 2029, true));
        itpp.approved(clock.instant());
        itpp.yearBegan(2);
        String assessment = awaitMidTermOf(itpp.id);
        String path = "/assessments/" + assessment;
        String results = "/itpp-results/" + itpp.id;

        asStaffOn(assessment)
                .body(Map.of("value", 7, "women", 3, "men", 3))
                .put(path + "/goals/" + goal + "/indicators/" + trained + "/actual")
                .then()
                .statusCode(400)
                .body("detail", startsWith("value must be women + men"));
        asStaffOn(assessment)
                .body(Map.of("value", 7, "women", 3, "men", 4))
                .put(path + "/goals/" + goal + "/indicators/" + trained + "/actual")
                .then()
                .statusCode(200);
        asStaffOn(assessment)
                .body(Map.of("value", 1))
                .put(path + "/goals/" + goal + "/indicators/" + UUID.randomUUID() + "/actual")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:indicator-not-of-goal"));
        // A draft's values are no actuals yet.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.staff())
                        .get(results)
                        .then()
                        .statusCode(200)
                        .body("results[0].indicators[0].periods[0].actual", equalTo(null)));

        asStaffOn(assessment)
                .body(Map.of("rating", "ON_TRACK", "justification", "Seven trained"))
                .put(path + "/goals/" + goal + "/rating")
                .then()
                .statusCode(200);
        asStaffOn(assessment)
                .body(Map.of("text", "Train more women"))
                .put(path + "/recommendations")
                .then()
                .statusCode(200);
        AssessmentApi.submitAndLetSilencePass(assessment, clock);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(TestTokens.partner("MKD"))
                        .get(results)
                        .then()
                        .statusCode(200)
                        .body("partnerCode", equalTo("MKD"))
                        .body("results[0].goalId", equalTo(goal.toString()))
                        .body("results[0].indicators[0].periods[0].assessmentId", equalTo(assessment))
                        .body("results[0].indicators[0].periods[0].actual", equalTo(7))
                        .body("results[0].indicators[0].periods[0].actualWomen", equalTo(3))
                        .body("results[0].indicators[0].periods[1].target", equalTo(10)));

        String xml = as(TestTokens.ally("NOR"))
                .get(results + "/iati-activity.xml")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/xml"))
                .extract()
                .asString();
        assertThat(xml).contains("<actual value=\"7\"></actual>").contains("<dimension name=\"sex\" value=\"female\">");
        if (IatiSchema.folder().isPresent()) {
            IatiSchema.validate(IatiSchema.folder().get(), xml);
        }
        String csv = as(TestTokens.inspector())
                .get(results + "/results.csv")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        assertThat(csv.lines()).hasSize(3).element(1).asString().endsWith(",7,3,4");
        as(TestTokens.partner("MKD"))
                .get(results + "/traceability")
                .then()
                .statusCode(200)
                .body("objectives[0].title", equalTo("Interoperable forces"))
                .body("objectives[0].goals[0].goalId", equalTo(goal.toString()))
                .body("objectives[0].goals[0].ratings[0].rating", equalTo("ON_TRACK"))
                .body("objectives[0].goals[0].ratings[0].assessmentId", equalTo(assessment));
    }

    @Test
    void another_partner_and_an_unknown_itpp_read_as_not_found() {
        Itpps.Itpp itpp = itpps().drafted("MNE", 2026);
        itpp.goalMeasuredBy(List.of(), "Mountain brigade");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.partner("MNE"))
                        .get("/itpp-results/" + itpp.id)
                        .then()
                        .statusCode(200));
        as(TestTokens.partner("SRB")).get("/itpp-results/" + itpp.id).then().statusCode(404);
        as(TestTokens.partner("SRB"))
                .get("/itpp-results/" + itpp.id + "/traceability")
                .then()
                .statusCode(404);
        as(TestTokens.partner("SRB"))
                .get("/itpp-results/" + itpp.id + "/iati-activity.xml")
                .then()
                .statusCode(404);
        as(TestTokens.staff()).get("/itpp-results/" + UUID.randomUUID()).then().statusCode(404);
        as(TestTokens.staff())
                .get("/itpp-results/not-a-uuid/results.csv")
                .then()
                .statusCode(404);
    }
}
