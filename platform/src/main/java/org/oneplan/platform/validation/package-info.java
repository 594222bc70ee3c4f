/**
 * Bounds every service applies to what its API takes, as Bean Validation constraints on request records and
 * on query and header parameters: plain text ({@link org.oneplan.platform.validation.PlainText}), dates in
 * plausible years ({@link org.oneplan.platform.validation.PlausibleDate}) and decimals every consumer holds
 * exactly ({@link org.oneplan.platform.validation.BoundedDecimal}). A value outside them is a 400 naming the
 * field, before a command is sent, so nothing a read model cannot hold is ever stored and published.
 */
package org.oneplan.platform.validation;
