package org.oneplan.catalogue.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.catalogue.DeliveryMethod;
import org.oneplan.contracts.catalogue.EventOffer;
import org.oneplan.contracts.catalogue.Framework;
import org.oneplan.contracts.catalogue.InstitutionKind;
import org.oneplan.contracts.shared.Classification;
import org.oneplan.platform.validation.BoundedDecimal;
import org.oneplan.platform.validation.PlainText;
import org.oneplan.platform.validation.PlausibleDate;

/** Request bodies of the catalogue API; every value is bounded here, so what is stored fits the read models. */
public final class CatalogueRequests {

    private CatalogueRequests() {}

    /** An ISO 3166 alpha-3 code. */
    static final String NATION = "^[A-Z]{3}$";

    /** A STANAG 6001 profile: listening, speaking, reading, writing, each 0-5 with an optional plus. */
    static final String STANAG_6001 = "^[0-5]\\+?-[0-5]\\+?-[0-5]\\+?-[0-5]\\+?$";

    @Schema(name = "DisciplineDefinitionRequest")
    public record DefineDiscipline(
            @NotBlank @Pattern(regexp = "^[A-Z0-9]{2,10}$") String code,
            @NotBlank @PlainText(max = 200) String name,
            @NotNull Boolean active) {}

    @Schema(name = "DisciplineChangeRequest")
    public record ChangeDiscipline(
            @NotBlank @PlainText(max = 200) String name,
            @NotNull Boolean active) {}

    /** @param nation an ISO 3166 alpha-3 code, or NATO for a NATO body */
    @Schema(name = "OfferingInstitutionRequest")
    public record Institution(
            @NotBlank @PlainText(max = 200) String name,
            @NotNull InstitutionKind kind,
            @NotBlank @Pattern(regexp = "^([A-Z]{3}|NATO)$") String nation) {}

    @Schema(name = "IterationRequest")
    public record IterationDates(
            @NotNull @PlausibleDate LocalDate start,
            @NotNull @PlausibleDate LocalDate end) {}

    /**
     * What an event offers. Resident, mobile and blended events name a host nation and city; online ones
     * name neither. The point of contact is a role mailbox (registrar@, courses@, ...), never a person's.
     */
    @Schema(name = "EventOfferRequest")
    public record Offer(
            @NotBlank @PlainText(max = 300) String title,

            @NotBlank @PlainText(max = 4000, multiline = true)
            String description,

            @NotNull UUID institutionId,
            @NotBlank @Pattern(regexp = "^[A-Z0-9]{2,10}$") String disciplineCode,
            @NotNull DeliveryMethod deliveryMethod,

            @Schema(nullable = true) @Pattern(regexp = NATION)
            String hostNation,

            @Schema(nullable = true) @PlainText(max = 100) String city,
            @NotBlank @PlainText(max = 40) String language,
            @NotBlank @Pattern(regexp = STANAG_6001) String languageLevel,
            @NotNull Classification requiredClearance,
            @NotEmpty @Size(max = 6) List<@NotNull Framework> eligibleAudience,
            @NotNull Boolean organiserApprovalNeeded,
            @NotNull @Min(1) @Max(10_000) Integer minSeats,
            @NotNull @Min(1) @Max(10_000) Integer maxSeats,

            @NotNull @PositiveOrZero @BoundedDecimal(integerDigits = 7, fractionDigits = 2)
            BigDecimal feeEuros,

            @NotBlank @Email @Size(max = 120) String pointOfContact) {

        public EventOffer toOffer() {
            return new EventOffer(
                    title.strip(),
                    description.strip(),
                    institutionId,
                    disciplineCode,
                    deliveryMethod,
                    hostNation,
                    city == null || city.isBlank() ? null : city.strip(),
                    language.strip(),
                    languageLevel,
                    requiredClearance,
                    eligibleAudience.stream().distinct().toList(),
                    organiserApprovalNeeded,
                    minSeats,
                    maxSeats,
                    feeEuros,
                    pointOfContact.strip().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Schema(name = "ContributionRequest")
    public record Contribution(
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull @Valid Offer offer,
            @NotEmpty @Size(max = 24) List<@NotNull @Valid IterationDates> iterations) {}

    @Schema(name = "ReasonRequest")
    public record Reason(
            @NotBlank @PlainText(max = 1000, multiline = true)
            String reason) {}

    @Schema(name = "CatalogueCirculationRequest")
    public record Circulate(@NotNull @PlausibleDate Instant silenceEnds) {}
}
