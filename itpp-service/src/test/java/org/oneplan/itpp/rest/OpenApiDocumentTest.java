package org.oneplan.itpp.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.OpenApiPromises;

/** The served OpenAPI document keeps the promises a front-end team generates its client from. */
@QuarkusTest
class OpenApiDocumentTest extends ItppHttpTest {

    private OpenApiPromises document;

    @BeforeEach
    void readServedDocument() {
        document = OpenApiPromises.ofServiceUnderTest();
    }

    @Test
    void drafting_an_itpp_and_adding_its_parts_are_documented_as_creates() {
        document.isACreate("POST", "/itpps");
        document.isACreate("POST", "/itpps/{id}/objectives");
        document.isACreate("POST", "/itpps/{id}/goals");
        document.isACreate("POST", "/itpps/{id}/activities");
        document.isACreate("POST", "/itpps/{id}/renewal");
    }

    @Test
    void reading_one_itpp_documents_the_itpp_and_its_etag() {
        document.readsOne("/itpps/{id}", "ItppDocument");
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
