package org.oneplan.platform.rest;

import java.util.UUID;

/** What a command returns: the resource and the version it now has (ask reads to wait for it with minVersion). */
public record CommandAccepted(UUID id, long version) {
}
