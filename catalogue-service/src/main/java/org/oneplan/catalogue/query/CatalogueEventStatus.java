package org.oneplan.catalogue.query;

/** Where a contribution stands: awaiting NATO's decision, in the catalogue, declined, or cancelled after approval. */
public enum CatalogueEventStatus {
    SUBMITTED,
    APPROVED,
    DECLINED,
    CANCELLED
}
