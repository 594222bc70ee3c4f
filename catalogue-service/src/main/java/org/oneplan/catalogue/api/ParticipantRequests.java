package org.oneplan.catalogue.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.catalogue.Sex;
import org.oneplan.platform.validation.PlainText;
import org.oneplan.platform.validation.PlausibleDate;

/** The bodies of the participant registry's requests. */
public final class ParticipantRequests {

    private ParticipantRequests() {}

    @Schema(name = "ParticipantRequest", description = "A person's details; stored only sealed with their own key")
    public record Details(
            @NotBlank @PlainText(max = 200) String name,
            @PlainText(max = 100) String rank,
            @PlainText(max = 200) String position,
            @NotBlank @Email @PlainText(max = 254) String email,
            @NotNull @Past @PlausibleDate LocalDate dateOfBirth,
            @NotNull Sex sex) {

        public ParticipantDetails toDetails() {
            return new ParticipantDetails(name.strip(), strip(rank), strip(position), email.strip(), dateOfBirth, sex);
        }

        private static String strip(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }

        @Override
        public String toString() {
            return "ParticipantRequest[withheld]";
        }
    }
}
