package org.oneplan.partner.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.NacDecision;
import org.oneplan.contracts.partner.PartnerKind;
import org.oneplan.contracts.partner.PredecessorProgramme;
import org.oneplan.contracts.partner.Programme;

/** Request bodies of the partner API. Dates default to today where a field says so. */
public final class PartnerRequests {

    private PartnerRequests() {}

    /**
     * @param code ISO 3166-1 alpha-3 for a state (e.g. {@code GEO}); 2-10 capital letters for an organisation
     * @param registeredOn defaults to today
     */
    public record RegisterPartner(
            @NotBlank @Pattern(regexp = "[A-Z]{2,10}", message = "must be 2 to 10 capital letters")
            String code,

            @NotBlank @Size(max = 200) String name,
            @NotNull PartnerKind kind,
            Set<@NotNull Framework> frameworks,
            boolean membershipActionPlan,
            LocalDate registeredOn) {}

    public record UpdatePartner(@NotBlank @Size(max = 200) String name, boolean membershipActionPlan) {}

    /** @param since defaults to today */
    public record JoinFramework(@NotNull Framework framework, LocalDate since) {}

    /** @param effectiveOn defaults to today */
    public record Suspend(@NotBlank @Size(max = 1000) String reason, LocalDate effectiveOn) {}

    /** @param effectiveOn defaults to today */
    public record Reinstate(@Size(max = 1000) String reason, LocalDate effectiveOn) {}

    public record CouncilDecision(
            @NotBlank @Size(max = 100) String reference,
            @NotNull LocalDate decidedOn) {
        public NacDecision toDecision() {
            return new NacDecision(reference, decidedOn);
        }
    }

    /**
     * @param since defaults to today
     * @param nacDecision the North Atlantic Council decision, needed for PARP outside PfP
     */
    public record EnrolInProgramme(
            @NotNull Programme programme,
            LocalDate since,
            @Valid CouncilDecision nacDecision) {}

    public record RecordPredecessorProgramme(
            @NotNull PredecessorProgramme programme,
            @NotNull LocalDate from,
            LocalDate until) {}

    public record AdmitAlly(
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
            String code,

            @NotBlank @Size(max = 200) String name,
            @NotNull LocalDate accessionDate) {}
}
