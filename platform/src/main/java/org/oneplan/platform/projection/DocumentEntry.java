package org.oneplan.platform.projection;

import java.time.Instant;

/** A read model's row holding one whole document (as JSON, say) and the columns lists filter on. */
public interface DocumentEntry<D> {

    D document();

    /** Writes {@code document} into this row, as it stood after an event published at {@code at}. */
    void write(D document, Instant at);
}
