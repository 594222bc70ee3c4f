package org.oneplan.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.platform.config.KafkaClients;
import org.oneplan.platform.config.OnePlanConfig;
import org.oneplan.platform.identity.Roles;

/** Lets an inspector verify the service's published stream from the topic alone. */
@Tag(name = "Audit", description = "Verification of the service's tamper-evident event chain")
@Path("/audit/chain")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
public class AuditResource {

    private final OnePlanConfig config;
    private final KafkaClients kafka;

    AuditResource(OnePlanConfig config, KafkaClients kafka) {
        this.config = config;
        this.kafka = kafka;
    }

    @Operation(
            summary = "Verify the audit chain",
            description =
                    "Reads the service's topic and checks every hash link and seal, so an inspector can tell nothing was altered, dropped or reordered.")
    @GET
    public ChainVerification verify() {
        return ChainVerifier.verify(config.topic(), TopicSnapshot.read(kafka, config.topic()));
    }
}
