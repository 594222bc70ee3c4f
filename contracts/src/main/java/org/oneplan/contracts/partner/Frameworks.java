package org.oneplan.contracts.partner;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable framework sets in a stable (declaration) order, so that serialized events are deterministic. */
public final class Frameworks {

    private Frameworks() {}

    public static Set<Framework> copyOf(Collection<Framework> frameworks) {
        EnumSet<Framework> copy = EnumSet.noneOf(Framework.class);
        if (frameworks != null) {
            copy.addAll(frameworks);
        }
        return Collections.unmodifiableSet(copy);
    }
}
