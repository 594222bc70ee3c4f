package org.oneplan.platform.rest;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/** What a command returns: the resource and the version it now has (ask reads to wait for it with minVersion). */
public record CommandAccepted(UUID id, long version) {

    /** 200 with the changed resource's id and new version, which is also the ETag. */
    public static Response ok(UUID id, long version) {
        return Response.ok(new CommandAccepted(id, version))
                .tag(Versions.etag(version))
                .build();
    }

    /** 201 for a new resource (or a new part of one) at {@code location}. */
    public static Response created(URI location, UUID id, long version) {
        return Response.created(location)
                .tag(Versions.etag(version))
                .entity(new CommandAccepted(id, version))
                .build();
    }
}
