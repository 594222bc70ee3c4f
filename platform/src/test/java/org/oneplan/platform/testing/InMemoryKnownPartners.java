package org.oneplan.platform.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.oneplan.platform.partners.KnownPartner;
import org.oneplan.platform.partners.KnownPartners;

/** The partner view for aggregate fixture tests, which run without a database. */
public final class InMemoryKnownPartners implements KnownPartners {

    private final Map<UUID, KnownPartner> partners = new HashMap<>();
    private final Map<String, LocalDate> allies = new TreeMap<>();

    public InMemoryKnownPartners with(KnownPartner partner) {
        partners.put(partner.partnerId(), partner);
        return this;
    }

    public InMemoryKnownPartners withAlly(String code, LocalDate accession) {
        allies.put(code, accession);
        return this;
    }

    @Override
    public Optional<KnownPartner> find(UUID partnerId) {
        return Optional.ofNullable(partners.get(partnerId));
    }

    @Override
    public List<String> alliesOn(LocalDate day) {
        return allies.entrySet().stream()
                .filter(ally -> !ally.getValue().isAfter(day))
                .map(Map.Entry::getKey)
                .toList();
    }
}
