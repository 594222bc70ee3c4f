package org.oneplan.partner.rest;

/**
 * What every partner test through HTTP shares: the real PostgreSQL and Kafka of the test run (one for all
 * test classes, so Quarkus starts once).
 */
abstract class PartnerHttpTest {}
