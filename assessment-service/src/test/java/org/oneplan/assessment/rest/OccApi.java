package org.oneplan.assessment.rest;

import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.PartnerKind;
import org.oneplan.contracts.partner.PartnerRegisteredEvent;
import org.oneplan.platform.testing.LatestVersion;
import org.oneplan.platform.testing.OtherServiceTopic;
import org.oneplan.platform.testing.TestTokens;

/** The OCC unit API as partners and staff call it in the tests, and partner-service's part (partners registered). */
final class OccApi {

    private OccApi() {}

    /** Publishes the partner as partner-service would; assessment-service learns it from the topic. */
    static UUID registered(String bootstrap, String code) {
        UUID id = Itpps.partnerIdOf(code);
        OtherServiceTopic.of(bootstrap, "partner")
                .publish(
                        "Partner",
                        id,
                        0,
                        new PartnerRegisteredEvent(
                                id,
                                code,
                                code,
                                PartnerKind.STATE,
                                Set.of(Framework.EAPC_PFP),
                                false,
                                LocalDate.of(1994, 1, 1)));
        return id;
    }

    /** Declares a land unit as the partner's delegation, once the service knows the partner; returns its path. */
    static String declared(String code, String name) {
        Map<String, Object> body = Map.of(
                "partnerId", Itpps.partnerIdOf(code),
                "domain", "LAND",
                "name", name,
                "size", "battalion",
                "capability", "Light infantry battalion");
        String[] location = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response response =
                    AssessmentApi.as(TestTokens.partner(code)).body(body).post("/occ-units");
            location[0] = response.header("Location");
            return response.statusCode() == 201;
        });
        return location[0].substring(location[0].indexOf("/occ-units/"));
    }

    /** A write to the unit with If-Match naming its latest version. */
    static RequestSpecification on(String unit, String token) {
        return AssessmentApi.as(token).header("If-Match", LatestVersion.etagOf(unit));
    }

    static Map<String, Object> evaluation(String level, String on, String result) {
        return Map.of(
                "level", level,
                "evaluatedOn", on,
                "evaluators", List.of("JFC Naples evaluation team"),
                "ratings",
                        List.of(
                                Map.of("criterion", "STANAG 2116", "rating", "INTEROPERABLE"),
                                Map.of("criterion", "Secure communications", "rating", "PARTIALLY_INTEROPERABLE")),
                "result", result);
    }
}
