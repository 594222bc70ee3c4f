package org.oneplan.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.ServiceWideOpenApiPromises;

/** The served OpenAPI document keeps the promises a front-end team generates its client from. */
@QuarkusTest
class OpenApiDocumentTest extends AssessmentHttpTest implements ServiceWideOpenApiPromises {

    @Test
    void opening_an_assessment_by_hand_is_documented_as_a_create() {
        document().isACreate("POST", "/assessments");
    }

    @Test
    void reading_one_assessment_documents_the_assessment_and_its_etag() {
        document().readsOne("/assessments/{id}", "AssessmentDocument");
    }
}
