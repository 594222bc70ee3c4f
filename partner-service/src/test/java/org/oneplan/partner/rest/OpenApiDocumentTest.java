package org.oneplan.partner.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.ServiceWideOpenApiPromises;

/** The served OpenAPI document keeps the promises a front-end team generates its client from. */
@QuarkusTest
class OpenApiDocumentTest extends PartnerHttpTest implements ServiceWideOpenApiPromises {

    @Test
    void registering_a_partner_and_admitting_an_ally_are_documented_as_creates() {
        document().isACreate("POST", "/partners");
        document().isACreate("POST", "/allies");
    }

    @Test
    void reading_one_partner_documents_the_partner_and_its_etag() {
        document().readsOne("/partners/{id}", "PartnerView");
    }
}
