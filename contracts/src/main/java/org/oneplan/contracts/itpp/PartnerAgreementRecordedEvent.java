package org.oneplan.contracts.itpp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The partner delegation, co-owner of the ITPP, agreed the submitted text. */
@DomainEvent(context = "itpp")
public record PartnerAgreementRecordedEvent(UUID itppId, String partnerCode) implements ItppEvent {}
