package org.oneplan.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.oneplan.platform.domain.DomainRuleViolation;
import org.oneplan.platform.domain.InvalidCommand;

/**
 * The one mapping of failures to RFC 9457 problem+json for every service. Responses never carry class
 * names or stack traces; unexpected failures are logged with a correlation-free message and answered 500.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response ruleViolated(DomainRuleViolation refusal) {
        return respond(Problem.of(refusal.code(), "Business rule violated", 422, refusal.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidCommand(InvalidCommand invalid) {
        return respond(Problem.of("validation", "Invalid request", 400, invalid.getMessage())
                .withErrors(List.of(new Problem.FieldError(invalid.field(), invalid.getMessage()))));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException invalid) {
        List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(ViolatedFields.name(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return respond(Problem.of("validation", "Invalid request", 400, errors.size() + " field(s) are invalid")
                .withErrors(errors));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException unreadable) {
        String detail = "The request body is not valid JSON for this resource";
        if (unreadable instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return respond(Problem.of("validation", "Invalid request", 400, detail)
                    .withErrors(List.of(new Problem.FieldError(field, "has a value of the wrong type or form"))));
        }
        return respond(Problem.of("malformed-body", "Invalid request", 400, detail));
    }

    /**
     * Jackson's own mismatch errors (wrong type, impossible date, unknown enum value, an array for an object)
     * would otherwise reach a built-in mapper that answers in its own JSON shape.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException mismatched) {
        return unreadable(mismatched);
    }

    /**
     * A resource that does not exist, or — JAX-RS's answer to a query value that does not parse — a request
     * whose query parameter is malformed, which is a 400 naming the parameter.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException notFound, SimpleResourceInfo resource, UriInfo uri) {
        if (notFound.getCause() != null && resource != null && resource.getResourceClass() != null) {
            List<String> unparsable = unparsableParameters(resource, uri);
            if (!unparsable.isEmpty()) {
                return respond(Problem.of("validation", "Invalid request", 400, "A query parameter does not parse")
                        .withErrors(unparsable.stream()
                                .map(name -> new Problem.FieldError(name, "is not a value of the parameter's type"))
                                .toList()));
            }
        }
        return respond(Problem.of("not-found", "Not found", 404, "No such resource"));
    }

    private static List<String> unparsableParameters(SimpleResourceInfo resource, UriInfo uri) {
        try {
            return UnparsableParameters.of(
                    resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes()),
                    uri.getQueryParameters());
        } catch (NoSuchMethodException e) {
            return List.of();
        }
    }

    @ServerExceptionMapper
    public Response notFound(AggregateNotFoundException missing) {
        return respond(Problem.of("not-found", "Not found", 404, "No such resource"));
    }

    @ServerExceptionMapper
    public Response alreadyExists(AggregateStreamCreationException duplicate) {
        return respond(Problem.of("conflict", "Conflict", 409, "A resource with this identity exists already"));
    }

    @ServerExceptionMapper
    public Response conflict(ConcurrencyException conflict) {
        return respond(
                Problem.of("conflict", "Conflict", 409, "The resource exists already or was changed concurrently"));
    }

    @ServerExceptionMapper
    public Response staleVersion(ConflictingModificationException conflict) {
        return respond(Problem.of(
                "stale-version",
                "Conflict",
                409,
                "The resource was changed since the version given in If-Match; read it again"));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException unauthenticated) {
        return Response.status(401)
                .header("WWW-Authenticate", "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of("unauthenticated", "Unauthorized", 401, "A valid bearer token is required"))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException forbidden) {
        return respond(Problem.of("forbidden", "Forbidden", 403, "Your role may not do this"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        // A body that ends before its JSON does reaches here wrapped by the framework's reader.
        for (Throwable cause = web.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (status == 400 && cause instanceof JsonProcessingException unreadable) {
                return unreadable(unreadable);
            }
        }
        // A documented, expected answer (503 read model behind, with Retry-After) is no error of ours.
        if (status >= 500 && !(web instanceof ProblemException)) {
            LOG.error("Request failed", web);
        } else if (status >= 500) {
            LOG.warnf("Answered %d: %s", status, web.getMessage());
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = web instanceof ProblemException ? web.getMessage() : title;
        String code = web instanceof ProblemException problem ? problem.code() : "http-" + status;
        Response answer = respond(Problem.of(code, title, status, detail));
        String retryAfter = web.getResponse().getHeaderString(HttpHeaders.RETRY_AFTER);
        return retryAfter == null
                ? answer
                : Response.fromResponse(answer)
                        .header(HttpHeaders.RETRY_AFTER, retryAfter)
                        .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception unexpected) {
        LOG.error("Unexpected failure", unexpected);
        return respond(Problem.of(
                "internal", "Internal Server Error", 500, "The request could not be completed; nothing was changed"));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
