package org.oneplan.catalogue.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.ServiceWideOpenApiPromises;

/** The served OpenAPI document keeps the promises a front-end team generates its client from. */
@QuarkusTest
class OpenApiDocumentTest extends CatalogueHttpTest implements ServiceWideOpenApiPromises {

    @Test
    void offering_an_event_is_documented_as_a_create() {
        document().isACreate("POST", "/catalogue-events");
    }

    @Test
    void reading_one_catalogue_event_documents_the_event_and_its_etag() {
        document().readsOne("/catalogue-events/{id}", "CatalogueEventDocument");
    }

    @Test
    void defining_a_discipline_is_documented_as_a_create() {
        document().isACreate("POST", "/disciplines");
    }
}
