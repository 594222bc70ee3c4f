package org.oneplan.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The published language depends on nothing but Java and Jackson's annotations. */
class ContractsArchitectureTest {

    @Test
    void contracts_depend_only_on_java_and_annotations() {
        classes()
                .that()
                .resideInAPackage("org.oneplan.contracts..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.oneplan.contracts..", "com.fasterxml.jackson.annotation..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.oneplan.contracts"));
    }

    @Test
    void every_event_record_is_annotated_with_its_context_and_version() {
        classes()
                .that()
                .resideInAPackage("org.oneplan.contracts..")
                .and()
                .haveSimpleNameEndingWith("Event")
                .and()
                .areNotInterfaces()
                .and()
                .areNotAnnotations()
                .should()
                .beAnnotatedWith(DomainEvent.class)
                .andShould()
                .beRecords()
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.oneplan.contracts"));
    }
}
