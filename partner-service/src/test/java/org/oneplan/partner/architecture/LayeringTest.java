package org.oneplan.partner.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of a OnePlan service, as ../shared/style.md asks. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.oneplan.partner");
    }

    @Test
    void domain_code_knows_nothing_of_rest_kafka_or_persistence() {
        noClasses().that().resideInAPackage("..partner.command..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ws.rs..", "org.jboss.resteasy..", "org.apache.kafka..", "io.smallrye.reactive..",
                        "jakarta.persistence..", "io.quarkus.hibernate..", "..partner.rest..", "..partner.query..")
                .check(classes);
    }

    @Test
    void read_models_never_use_the_write_side() {
        noClasses().that().resideInAPackage("..partner.query..")
                .should().dependOnClassesThat().resideInAnyPackage("..partner.command..", "org.axonframework..")
                .check(classes);
    }

    @Test
    void api_records_depend_on_no_layer_of_the_service() {
        noClasses().that().resideInAPackage("..partner.api..")
                .should().dependOnClassesThat().resideInAnyPackage("..partner.command..", "..partner.rest..")
                .check(classes);
    }
}
