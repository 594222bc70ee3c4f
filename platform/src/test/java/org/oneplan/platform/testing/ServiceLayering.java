package org.oneplan.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.oneplan.platform.axon.AxonModule;
import org.oneplan.platform.domain.DomainRuleViolation;

/** The layers every OnePlan service keeps (docs/architecture.md), checked by ArchUnit on its classes. */
public final class ServiceLayering {

    /** The layers of a service (docs/architecture.md): {@code <service>.<layer>..}. */
    static final List<String> LAYERS = List.of("api", "command", "query", "rest", "messaging", "config");

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

    /** Commands, requests and identities depend on no other layer of the service. */
    public static void apiIsPlain(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage(layer(classes, "api"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(LAYERS.stream()
                        .filter(name -> !name.equals("api"))
                        .map(name -> layer(classes, name))
                        .toArray(String[]::new))
                .check(classes);
    }

    /**
     * Resources speak to the write side through commands and to the read side through queries and ports;
     * never to an adapter (JDBC, Kafka, the messaging layer) directly.
     */
    public static void restUsesNoAdapter(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage(layer(classes, "rest"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(layer(classes, "messaging"), "java.sql..", "io.agroal..", "org.apache.kafka..")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameStartingWith("Jdbc")
                .check(classes);
    }

    /**
     * The write side is private to its package: only the module that registers it with Axon and the
     * refusals (whose codes are part of the API) are public.
     */
    public static void commandSideIsPackagePrivate(JavaClasses classes) {
        classes()
                .that()
                .resideInAPackage(layer(classes, "command"))
                .and()
                .arePublic()
                .should()
                .beAssignableTo(AxonModule.class)
                .orShould()
                .beAssignableTo(DomainRuleViolation.class)
                .orShould()
                .haveSimpleNameEndingWith("Refusals")
                .check(classes);
    }

    /** Every class lives in one of the layers these rules speak of, so no package escapes them. */
    public static void everyClassIsInALayer(JavaClasses classes) {
        classes()
                .should()
                .resideInAnyPackage(
                        LAYERS.stream().map(name -> layer(classes, name)).toArray(String[]::new))
                .check(classes);
    }
}
