package org.oneplan.assessment.rest;

import java.util.UUID;
import org.oneplan.contracts.parp.AnpChapter;
import org.oneplan.contracts.parp.AnpChapterWrittenEvent;
import org.oneplan.contracts.parp.AnpOpenedEvent;
import org.oneplan.contracts.parp.AnpSubmittedEvent;
import org.oneplan.platform.testing.OtherServiceTopic;

/** Plays parp-service's part for ANPs in the tests: an ANP written and submitted on {@code oneplan.parp.events}. */
final class Anps {

    private Anps() {}

    /** A MAP country's ANP of {@code year}, every chapter written, submitted if asked; returns its id. */
    static UUID written(String bootstrap, String partnerCode, int year, boolean submitted) {
        OtherServiceTopic topic = OtherServiceTopic.of(bootstrap, "parp");
        UUID id = UUID.randomUUID();
        long sequence = 0;
        topic.publish(
                "AnnualNationalProgramme",
                id,
                sequence++,
                new AnpOpenedEvent(id, Itpps.partnerIdOf(partnerCode), partnerCode, year));
        for (AnpChapter chapter : AnpChapter.values()) {
            topic.publish(
                    "AnnualNationalProgramme", id, sequence++, new AnpChapterWrittenEvent(id, chapter, "Our plan"));
        }
        if (submitted) {
            topic.publish("AnnualNationalProgramme", id, sequence, new AnpSubmittedEvent(id));
        }
        return id;
    }
}
