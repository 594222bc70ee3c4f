/**
 * Reactions to another service's events: a service's {@link org.oneplan.platform.projection.Projection} over
 * another topic that decides commands from what it reads (an approved ITPP opens a PARP cycle) and sends them
 * through {@link org.oneplan.platform.reaction.EventReactions}, as the system actor of that reaction, with the
 * event's correlation id and the event as cause. The projection runner gives it what every read model has:
 * at-least-once delivery, bounded retries and parking. Commands sent this way must be idempotent (derived
 * aggregate ids), so a record delivered twice changes nothing.
 */
package org.oneplan.platform.reaction;
