package org.oneplan.platform.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.oneplan.platform.seal.ChainSeal;

/**
 * Checks a service's seals against its chain: each seal is signed by the service's key and its hash matches
 * its content, names as previous seal the genesis or a seal before it (a dropped seal breaks this), and
 * states a head the chain really reaches after that many events (an event dropped, inserted or reordered
 * before it breaks this). The last seal must be the one the service last made, if the service says which.
 *
 * @param seals the service's seals in the order of the seals topic
 * @param lastMade the hash of the seal the service recorded as its last, or null when the caller has no record
 */
public record SealCheck(List<ChainSeal> seals, String publicKeyBase64, String lastMade) {

    SealStatus check(List<String> chain, List<String> problems) {
        if (seals.isEmpty()) {
            if (lastMade != null) {
                problems.add("the seal " + lastMade + " the service made is not on the seals topic");
            }
            return null;
        }
        Set<String> known = new HashSet<>();
        known.add(ChainSeal.GENESIS);
        for (ChainSeal seal : seals) {
            if (!seal.verifies(publicKeyBase64)) {
                problems.add("seal " + seal.sealHash() + " is forged or altered: its hash or signature does not match");
                continue;
            }
            if (!known.contains(seal.previousSeal())) {
                problems.add("seal " + seal.sealHash() + " follows a seal that is missing: " + seal.previousSeal());
            }
            known.add(seal.sealHash());
            if (seal.events() < 1 || seal.events() > chain.size()) {
                problems.add("seal " + seal.sealHash() + " covers " + seal.events() + " events, the chain has "
                        + chain.size());
            } else if (!chain.get((int) seal.events() - 1).equals(seal.head())) {
                problems.add("seal " + seal.sealHash() + " does not match the chain: event " + seal.events()
                        + " is not its sealed head");
            }
        }
        ChainSeal last = seals.get(seals.size() - 1);
        if (lastMade != null && !known.contains(lastMade)) {
            problems.add("the seal " + lastMade + " the service made last is not on the seals topic");
        }
        return new SealStatus(
                seals.size(),
                last.events(),
                last.head(),
                last.sealedAt(),
                last.keyId(),
                Math.max(0, chain.size() - last.events()));
    }
}
