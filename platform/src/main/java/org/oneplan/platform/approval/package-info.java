/**
 * Approval by consensus, one part for every text the Allies approve under a silence procedure (an ITPP,
 * an amendment, a PARP package, an assessment, the annual PCM): {@link
 * org.oneplan.platform.approval.ConsensusApproval} holds the state and rules, and each context supplies
 * its own event records through {@link org.oneplan.platform.approval.ApprovalEvents}.
 */
package org.oneplan.platform.approval;
