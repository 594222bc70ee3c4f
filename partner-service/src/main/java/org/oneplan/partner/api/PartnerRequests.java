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
import org.oneplan.platform.validation.PlainText;
import org.oneplan.platform.validation.PlausibleDate;

/**
 * Request bodies of the partner API. Dates default to today where a field says so. Every value is bounded
 * here (text without control characters, dates in plausible years, collections of a sane size), so that
 * nothing a read model cannot hold is ever stored and published.
 */
public final class PartnerRequests {

    private PartnerRequests() {}

    /**
     * @param code ISO 3166-1 alpha-3 for a state (e.g. {@code GEO}); 2-10 capital letters for an organisation
     * @param registeredOn defaults to today
     */
    public record RegisterPartner(
            @NotBlank @Pattern(regexp = "[A-Z]{2,10}", message = "must be 2 to 10 capital letters")
            String code,

            @NotBlank @PlainText(max = 200) String name,
            @NotNull PartnerKind kind,
            @Size(max = 20) Set<@NotNull Framework> frameworks,
            boolean membershipActionPlan,
            @PlausibleDate LocalDate registeredOn) {}

    public record UpdatePartner(
            @NotBlank @PlainText(max = 200) String name, boolean membershipActionPlan) {}

    /** @param since defaults to today */
    public record JoinFramework(
            @NotNull Framework framework, @PlausibleDate LocalDate since) {}

    /** @param effectiveOn defaults to today */
    public record Suspend(
            @NotBlank @PlainText(max = 1000, multiline = true)
            String reason,

            @PlausibleDate LocalDate effectiveOn) {}

    /** @param effectiveOn defaults to today */
    public record Reinstate(
            @PlainText(max = 1000, multiline = true) String reason,
            @PlausibleDate LocalDate effectiveOn) {}

    public record CouncilDecision(
            @NotBlank @PlainText(max = 100) String reference,
            @NotNull @PlausibleDate LocalDate decidedOn) {
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
            @PlausibleDate LocalDate since,
            @Valid CouncilDecision nacDecision) {}

    public record RecordPredecessorProgramme(
            @NotNull PredecessorProgramme programme,
            @NotNull @PlausibleDate LocalDate from,
            @PlausibleDate LocalDate until) {}

    public record AdmitAlly(
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
            String code,

            @NotBlank @PlainText(max = 200) String name,
            @NotNull @PlausibleDate LocalDate accessionDate) {}
}
