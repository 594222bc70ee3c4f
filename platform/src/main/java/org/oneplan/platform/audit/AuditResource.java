package org.oneplan.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.platform.config.KafkaClients;
import org.oneplan.platform.config.OnePlanConfig;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.seal.ChainSeal;
import org.oneplan.platform.seal.ChainSealer;
import org.oneplan.platform.seal.SealHeads;
import org.oneplan.platform.seal.SealJson;
import org.oneplan.platform.seal.SealKey;
import org.oneplan.platform.seal.SealKeyStore;

/** Lets an inspector verify the service's published stream and its seals from the topics. */
@Tag(name = "Audit", description = "Verification of the service's tamper-evident event chain")
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** The key an inspector verifies the service's seals with. */
    public record SealPublicKey(String service, String keyId, String algorithm, String publicKey) {}

    private final OnePlanConfig config;
    private final KafkaClients kafka;
    private final SealKeyStore keys;
    private final SealHeads heads;

    AuditResource(OnePlanConfig config, KafkaClients kafka, SealKeyStore keys, SealHeads heads) {
        this.config = config;
        this.kafka = kafka;
        this.keys = keys;
        this.heads = heads;
    }

    @Operation(
            summary = "Verify the audit chain and its seals",
            description = "Reads the service's topic and the seals topic and checks every hash link, every seal's"
                    + " signature and link, and that the chain passes through every sealed head, so an inspector"
                    + " can tell nothing was altered, dropped or reordered; reports the unsealed tail.")
    @GET
    @Path("/chain")
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
    public ChainVerification verify() {
        String topic = config.topic();
        SealCheck seals = new SealCheck(
                seals(topic),
                keys.key().publicKeyBase64(),
                heads.sealed(topic).map(SealHeads.Sealed::sealHash).orElse(null));
        return ChainVerifier.verify(topic, TopicSnapshot.read(kafka, topic), seals);
    }

    @Operation(
            summary = "The seal key",
            description = "The public Ed25519 key (X.509, base64) the service signs its seals on " + ChainSealer.TOPIC
                    + " with; keep a copy to verify seals without asking the service.")
    @GET
    @Path("/keys")
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN, Roles.STAFF, Roles.ALLY, Roles.PARTNER})
    public List<SealPublicKey> keys() {
        SealKey key = keys.key();
        return List.of(new SealPublicKey(
                config.context() + "-service", key.keyId(), SealKey.ALGORITHM, key.publicKeyBase64()));
    }

    private List<ChainSeal> seals(String topic) {
        List<ChainSeal> seals = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : TopicSnapshot.records(kafka, ChainSealer.TOPIC)) {
            if (topic.equals(record.key())) {
                SealJson.read(record.value()).ifPresent(seals::add);
            }
        }
        return seals;
    }
}
