package org.oneplan.platform.approval;

import java.time.Instant;
import java.util.List;
import org.oneplan.platform.axon.RecordMarking;

/**
 * How one context records the steps of its approval: its own published event records (the audit record
 * of that context stays in its own language) and the marking of the record they belong to.
 */
public interface ApprovalEvents {

    RecordMarking marking();

    Object submitted();

    Object partnerAgreed(String partnerCode);

    Object circulated(Instant silenceEnds, List<String> allies);

    Object silenceBroken(String allyNation, String reason);

    Object lapsed(String reason);

    Object approved(Instant approvedAt);
}
