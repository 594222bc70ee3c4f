package org.oneplan.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.ServiceWideOpenApiPromises;

/** The served OpenAPI document keeps the promises a front-end team generates its client from. */
@QuarkusTest
class OpenApiDocumentTest extends AssessmentHttpTest implements ServiceWideOpenApiPromises {

    @Test
    void reading_one_assessment_documents_the_assessment_and_its_etag() {
        document().readsOne("/assessments/{id}", "AssessmentDocument");
    }
}
