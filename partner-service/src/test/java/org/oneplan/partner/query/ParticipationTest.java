package org.oneplan.partner.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.partner.NacDecision;
import org.oneplan.contracts.partner.PredecessorProgramme;
import org.oneplan.contracts.partner.Programme;

/** A partner's programme history as the read model keeps it: pure changes of a value. */
class ParticipationTest {

    private static final LocalDate JOINED = LocalDate.of(2010, 1, 1);

    @Test
    void leaving_a_programme_closes_the_current_enrolment_and_keeps_it_in_the_history() {
        Participation left = Participation.none()
                .enrol(Programme.PARP, JOINED, null)
                .leave(Programme.PARP, LocalDate.of(2020, 1, 1));

        assertThat(left.programmes())
                .containsExactly(new Participation.Enrolment(Programme.PARP, JOINED, LocalDate.of(2020, 1, 1), null));
    }

    @Test
    void rejoining_starts_a_new_enrolment_and_leaves_the_closed_one_unchanged() {
        Participation rejoined = Participation.none()
                .enrol(Programme.OCC, JOINED, null)
                .leave(Programme.OCC, LocalDate.of(2012, 1, 1))
                .enrol(Programme.OCC, LocalDate.of(2015, 1, 1), null)
                .leave(Programme.OCC, LocalDate.of(2016, 1, 1));

        assertThat(rejoined.programmes())
                .extracting(Participation.Enrolment::until)
                .containsExactly(LocalDate.of(2012, 1, 1), LocalDate.of(2016, 1, 1));
    }

    @Test
    void leaving_one_programme_leaves_the_others_alone_and_the_council_decision_is_kept() {
        NacDecision decision = new NacDecision("C-M(2019)0001", LocalDate.of(2019, 5, 1));
        Participation participation = Participation.none()
                .enrol(Programme.PARP, JOINED, decision)
                .enrol(Programme.DEEP, JOINED, null)
                .leave(Programme.DEEP, LocalDate.of(2021, 1, 1));

        assertThat(participation.programmes().get(0))
                .isEqualTo(new Participation.Enrolment(Programme.PARP, JOINED, null, decision));
    }

    @Test
    void predecessor_programmes_are_recorded_beside_the_enrolments_and_survive_the_json_form() {
        Participation participation = Participation.none()
                .enrol(Programme.PARP, JOINED, null)
                .withPredecessor(PredecessorProgramme.IPAP, LocalDate.of(2004, 1, 1), LocalDate.of(2021, 3, 1));

        assertThat(Participation.fromJson(participation.toJson())).isEqualTo(participation);
        assertThat(participation.predecessorProgrammes()).hasSize(1);
    }
}
