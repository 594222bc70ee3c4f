package org.oneplan.platform.rest.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The schemas of {@link org.oneplan.platform.rest.Problem} and {@link org.oneplan.platform.rest.CommandAccepted}:
 * no endpoint names them as a return type, so the scanner never sees them. The conformance test of each service
 * validates real answers against these, so they cannot drift from the records.
 */
final class SharedSchemas {

    private SharedSchemas() {}

    static Schema problem() {
        return object("An RFC 9457 problem detail")
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .description("Stable code of the problem, urn:oneplan:problem:<code>"))
                .addProperty("title", text("Short human summary of the kind of problem"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(SchemaType.INTEGER)
                                .format("int32")
                                .description("The HTTP status"))
                .addProperty("detail", text("What went wrong with this request"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(SchemaType.ARRAY)
                                .description("The fields at fault (400 only)")
                                .items(OASFactory.createSchema().ref("FieldError")))
                .required(List.of("type", "title", "status"));
    }

    static Schema fieldError() {
        return object("One invalid field of a request")
                .addProperty("field", text("The body field, query, header or path parameter, as the client named it"))
                .addProperty("message", text("Why it is invalid"))
                .required(List.of("field", "message"));
    }

    static Schema commandAccepted() {
        return object("The resource a command changed and the version it now has (also its ETag)")
                .addProperty(
                        "id",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .format("uuid")
                                .description("The resource (or new part of one)"))
                .addProperty(
                        "version",
                        OASFactory.createSchema()
                                .addType(SchemaType.INTEGER)
                                .format("int64")
                                .description("The aggregate's version after the command; pass it as minVersion to"
                                        + " reads to wait for it"))
                .required(List.of("id", "version"));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description(description);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
