package org.oneplan.partner.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.OpenApiPromises;

/** The served OpenAPI document keeps the promises a front-end team generates its client from. */
@QuarkusTest
class OpenApiDocumentTest extends PartnerHttpTest {

    private OpenApiPromises document;

    @BeforeEach
    void readServedDocument() {
        document = OpenApiPromises.ofServiceUnderTest();
    }

    @Test
    void registering_a_partner_and_admitting_an_ally_are_documented_as_creates() {
        document.isACreate("POST", "/partners");
        document.isACreate("POST", "/allies");
    }

    @Test
    void reading_one_partner_documents_the_partner_and_its_etag() {
        document.readsOne("/partners/{id}", "PartnerView");
    }

    @Test
    void every_operation_has_a_sentence_summary_a_description_a_tag_and_the_bearer_scheme() {
        document.everyOperationIsDescribed();
    }

    @Test
    void every_operation_lists_the_problems_it_can_answer_with_the_problem_schema() {
        document.everyOperationListsItsProblems();
        document.writesWithIfMatchListTheirPreconditions();
    }

    @Test
    void every_success_answer_has_a_schema_and_no_schema_name_is_made_up() {
        document.everySuccessHasASchema();
        document.schemaNamesAreChosen();
    }

    @Test
    void the_bearer_scheme_and_the_problem_schema_are_components() {
        document.sharedComponentsExist();
    }
}
