package org.oneplan.contracts.partner;

/** Partners are mostly states; organisations (e.g. the United Nations for DCB) can be partners too. */
public enum PartnerKind {
    STATE,
    INTERNATIONAL_ORGANISATION
}
