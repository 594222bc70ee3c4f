package org.oneplan.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void required_version_is_the_one_the_strong_etag_names() {
        assertThat(Versions.required("\"7\"")).isEqualTo(7L);
    }

    @Test
    void a_weak_etag_never_matches_and_is_a_bad_request() {
        ProblemException refusal = catchThrowableOfType(ProblemException.class, () -> Versions.required("W/\"7\""));

        assertThat(refusal.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void a_write_without_if_match_is_refused_as_precondition_required() {
        for (String absent : new String[] {null, "", "  "}) {
            ProblemException refusal = catchThrowableOfType(ProblemException.class, () -> Versions.required(absent));

            assertThat(refusal.getResponse().getStatus()).isEqualTo(428);
            assertThat(refusal.code()).isEqualTo("precondition-required");
            assertThat(refusal.getMessage()).contains("If-Match");
        }
    }

    @Test
    void an_if_match_that_is_no_version_stays_a_bad_request() {
        ProblemException refusal = catchThrowableOfType(ProblemException.class, () -> Versions.required("\"abc\""));

        assertThat(refusal.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void a_negative_version_was_never_issued_and_is_a_bad_request_not_a_conflict() {
        for (String never : new String[] {"\"-1\"", "-5", "\"99999999999999999999\""}) {
            ProblemException refusal = catchThrowableOfType(ProblemException.class, () -> Versions.required(never));

            assertThat(refusal.getResponse().getStatus()).isEqualTo(400);
        }
    }
}
