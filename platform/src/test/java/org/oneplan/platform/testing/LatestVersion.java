package org.oneplan.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.List;

/**
 * The version a write to a record must name in {@code If-Match}: its latest, read from its history (the
 * event store, which deadlines extend on their own and which the read model may lag).
 */
public final class LatestVersion {

    private LatestVersion() {}

    /** The ETag of the latest version of the record at {@code path} (e.g. {@code /itpps/<id>}). */
    public static String etagOf(String path) {
        List<Long> versions = given().header("Authorization", "Bearer " + TestTokens.staff())
                .get(path + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("version", Long.class);
        return "\"" + versions.get(versions.size() - 1) + "\"";
    }
}
