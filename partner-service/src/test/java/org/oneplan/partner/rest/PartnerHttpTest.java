package org.oneplan.partner.rest;

import io.quarkus.test.common.QuarkusTestResource;
import org.oneplan.platform.testing.OnePlanInfrastructure;

/**
 * What every partner test through HTTP shares: the real PostgreSQL and Kafka of the test run (one for all
 * test classes, so Quarkus starts once).
 */
@QuarkusTestResource(value = OnePlanInfrastructure.class, restrictToAnnotatedClass = false)
abstract class PartnerHttpTest {}
