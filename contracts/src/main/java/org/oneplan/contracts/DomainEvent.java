package org.oneplan.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a published event of one bounded context.
 *
 * <p>The CloudEvents type on Kafka is {@code org.oneplan.<context>.<name>.v<version>}, where the name is
 * the class name without its {@code Event} suffix. A stored event never changes meaning: a new shape
 * gets a new version and an upcaster, never an edit of this one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DomainEvent {

    /** The bounded context that owns the event, e.g. {@code partner}. */
    String context();

    /** The version of the event's shape; starts at 1. */
    int version() default 1;
}
