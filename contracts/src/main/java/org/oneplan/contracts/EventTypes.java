package org.oneplan.contracts;

/** Derives the stable, published names of an event class from its {@link DomainEvent} annotation. */
public final class EventTypes {

    private static final String SUFFIX = "Event";

    private EventTypes() {}

    /** {@code PartnerRegisteredEvent} becomes {@code PartnerRegistered}. */
    public static String eventName(Class<?> eventClass) {
        String simple = eventClass.getSimpleName();
        return simple.endsWith(SUFFIX) ? simple.substring(0, simple.length() - SUFFIX.length()) : simple;
    }

    /** The CloudEvents {@code type}: {@code org.oneplan.partner.PartnerRegistered.v1}. */
    public static String cloudEventType(Class<?> eventClass) {
        DomainEvent annotation = annotationOf(eventClass);
        return "org.oneplan." + annotation.context() + "." + eventName(eventClass) + ".v" + annotation.version();
    }

    public static int version(Class<?> eventClass) {
        return annotationOf(eventClass).version();
    }

    public static boolean isDomainEvent(Class<?> type) {
        return type.isAnnotationPresent(DomainEvent.class);
    }

    private static DomainEvent annotationOf(Class<?> eventClass) {
        DomainEvent annotation = eventClass.getAnnotation(DomainEvent.class);
        if (annotation == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @DomainEvent");
        }
        return annotation;
    }
}
