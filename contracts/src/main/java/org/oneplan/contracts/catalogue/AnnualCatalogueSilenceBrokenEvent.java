package org.oneplan.contracts.catalogue;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** An Ally objected, with a reason: the catalogue is a draft again. */
@DomainEvent(context = "catalogue")
public record AnnualCatalogueSilenceBrokenEvent(UUID catalogueId, String allyNation, String reason)
        implements AnnualCatalogueEvent {}
