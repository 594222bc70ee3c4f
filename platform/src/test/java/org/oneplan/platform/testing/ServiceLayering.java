package org.oneplan.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The layers every OnePlan service keeps (../shared/style.md), checked by ArchUnit on its classes. */
public final class ServiceLayering {

    private ServiceLayering() {}

    public static JavaClasses classesOf(String servicePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
    }

    private static String layer(JavaClasses classes, String name) {
        String any = classes.iterator().next().getPackageName();
        String service = any.substring(0, any.indexOf('.', "org.oneplan.".length()));
        return service + "." + name + "..";
    }

    /** Aggregates and their rules know nothing of HTTP, Kafka, persistence or the read side. */
    public static void domainIsPure(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage(layer(classes, "command"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.ws.rs..",
                        "org.jboss.resteasy..",
                        "org.apache.kafka..",
                        "io.smallrye.reactive..",
                        "jakarta.persistence..",
                        "io.quarkus.hibernate..",
                        layer(classes, "rest"),
                        layer(classes, "query"))
                .check(classes);
    }

    /** Read models are fed from Kafka only and never reach into the write side. */
    public static void readModelsAreSeparate(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage(layer(classes, "query"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(layer(classes, "command"), "org.axonframework..")
                .check(classes);
    }

    /** Commands, requests and views depend on no layer of the service. */
    public static void apiIsPlain(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage(layer(classes, "api"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(layer(classes, "command"), layer(classes, "rest"))
                .check(classes);
    }
}
