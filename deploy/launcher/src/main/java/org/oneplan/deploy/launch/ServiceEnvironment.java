package org.oneplan.deploy.launch;

import java.util.HashMap;
import java.util.Map;
import org.oneplan.infra.JwtSigner;

/** What a service process is told at start: its port, its database, the broker, and whose tokens to trust. */
final class ServiceEnvironment {

    private ServiceEnvironment() {}

    static Map<String, String> of(ServiceSpec spec, Database database, String bootstrap, JwtSigner signer) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(spec.database()));
        environment.put("QUARKUS_DATASOURCE_REACTIVE_URL", database.reactiveUrl(spec.database()));
        environment.put("ONEPLAN_DB_USER", database.user());
        environment.put("ONEPLAN_DB_PASSWORD", database.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        environment.put("ONEPLAN_JWT_PUBLIC_KEY", signer.publicKey().toUri().toString());
        environment.put("ONEPLAN_JWT_ISSUER", JwtSigner.ISSUER);
        return environment;
    }
}
