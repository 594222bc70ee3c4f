package org.oneplan.itpp.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.ServiceWideOpenApiPromises;

/** The served OpenAPI document keeps the promises a front-end team generates its client from. */
@QuarkusTest
class OpenApiDocumentTest extends ItppHttpTest implements ServiceWideOpenApiPromises {

    @Test
    void drafting_an_itpp_and_adding_its_parts_are_documented_as_creates() {
        document().isACreate("POST", "/itpps");
        document().isACreate("POST", "/itpps/{id}/objectives");
        document().isACreate("POST", "/itpps/{id}/goals");
        document().isACreate("POST", "/itpps/{id}/activities");
        document().isACreate("POST", "/itpps/{id}/renewal");
    }

    @Test
    void reading_one_itpp_documents_the_itpp_and_its_etag() {
        document().readsOne("/itpps/{id}", "ItppDocument");
    }
}
