package org.oneplan.partner.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.oneplan.platform.testing.TestTokens;

/** The partner API as a client sees it: HTTP with a bearer token. */
final class PartnerApi {

    private PartnerApi() {}

    static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    static RequestSpecification asStaff() {
        return as(TestTokens.staff());
    }

    /** Staff writing to a partner they last read at {@code version}: every change of a partner needs it. */
    static RequestSpecification asStaffAt(long version) {
        return asStaff().header("If-Match", etag(version));
    }

    /** The ETag the service gives {@code version}. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static Map<String, Object> state(String code, String name, String... frameworks) {
        return Map.of(
                "code",
                code,
                "name",
                name,
                "kind",
                "STATE",
                "frameworks",
                java.util.List.of(frameworks),
                "registeredOn",
                "1994-03-23");
    }

    static String register(String code, String name, String... frameworks) {
        return asStaff()
                .body(state(code, name, frameworks))
                .post("/partners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Reads a partner once the read model has reached {@code version}. */
    static ValidatableResponse read(String token, String id, long version) {
        return as(token)
                .queryParam("minVersion", version)
                .get("/partners/" + id)
                .then();
    }
}
