/**
 * The local view of partners and Allies that a service keeps from {@code oneplan.partner.events}, so that its
 * write side can refuse commands for unknown or suspended partners and circulate texts to the Allies on the
 * roster of the day without calling partner-service. A service switches it on with the build property
 * {@code oneplan.known-partners.enabled=true} and the Flyway location {@code db/known-partners}.
 */
package org.oneplan.platform.partners;
