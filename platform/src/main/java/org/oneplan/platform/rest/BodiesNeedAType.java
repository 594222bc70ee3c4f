package org.oneplan.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request that carries a body must say what it is: without a {@code Content-Type} the framework would
 * guess and read it as JSON. The answer is the 415 problem a body of any other type gets.
 */
public class BodiesNeedAType {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> requireContentType(ContainerRequestContext request) {
        boolean body = request.getHeaderString("Transfer-Encoding") != null
                || (request.getHeaderString(HttpHeaders.CONTENT_LENGTH) != null
                        && !"0"
                                .equals(request.getHeaderString(HttpHeaders.CONTENT_LENGTH)
                                        .trim()));
        if (!body || request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null) {
            return Optional.empty();
        }
        return Optional.of(Response.status(415)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(
                        "http-415",
                        "Unsupported Media Type",
                        415,
                        "A request body needs a Content-Type: application/json"))
                .build());
    }
}
