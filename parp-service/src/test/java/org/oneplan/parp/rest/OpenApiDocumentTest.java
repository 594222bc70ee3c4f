package org.oneplan.parp.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.ServiceWideOpenApiPromises;

/** The served OpenAPI document keeps the promises a front-end team generates its client from. */
@QuarkusTest
class OpenApiDocumentTest extends ParpHttpTest implements ServiceWideOpenApiPromises {

    @Test
    void opening_a_cycle_and_drafting_a_goal_are_documented_as_creates() {
        document().isACreate("POST", "/parp-cycles");
        document().isACreate("POST", "/parp-cycles/{id}/goals");
    }

    @Test
    void reading_one_cycle_documents_the_cycle_and_its_etag() {
        document().readsOne("/parp-cycles/{id}", "ParpCycleDocument");
    }
}
