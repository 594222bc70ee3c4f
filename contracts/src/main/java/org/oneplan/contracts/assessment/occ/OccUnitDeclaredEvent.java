package org.oneplan.contracts.assessment.occ;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * A partner declared a unit to the OCC Evaluation and Feedback programme.
 *
 * @param size the unit's size as the partner states it (e.g. "battalion", "2 corvettes")
 * @param capability the NATO capability the unit aims at (e.g. "Light infantry battalion")
 */
@DomainEvent(context = "assessment")
public record OccUnitDeclaredEvent(
        UUID unitId, UUID partnerId, String partnerCode, OccDomain domain, String name, String size, String capability)
        implements OccUnitEvent {}
