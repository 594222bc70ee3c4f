package org.oneplan.platform.testing;

import org.junit.jupiter.api.Test;

/**
 * The promises every service's OpenAPI document keeps, whatever its endpoints: a service's
 * {@code OpenApiDocumentTest} implements this and adds the promises of its own endpoints.
 */
public interface ServiceWideOpenApiPromises {

    /** The served document of the service under test. */
    default OpenApiPromises document() {
        return OpenApiPromises.ofServiceUnderTest();
    }

    @Test
    default void every_operation_has_a_sentence_summary_a_description_a_tag_and_the_bearer_scheme() {
        document().everyOperationIsDescribed();
    }

    @Test
    default void every_operation_lists_the_problems_it_can_answer_with_the_problem_schema() {
        OpenApiPromises document = document();
        document.everyOperationListsItsProblems();
        document.writesWithIfMatchListTheirPreconditions();
    }

    @Test
    default void every_success_answer_has_a_schema_and_no_schema_name_is_made_up() {
        OpenApiPromises document = document();
        document.everySuccessHasASchema();
        document.schemaNamesAreChosen();
    }

    @Test
    default void the_bearer_scheme_and_the_problem_schema_are_components() {
        document().sharedComponentsExist();
    }
}
