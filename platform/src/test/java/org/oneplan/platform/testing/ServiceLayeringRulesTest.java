package org.oneplan.platform.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Each layering rule fails on a service that breaks it (org.oneplan.misbehaving, in this module's tests). */
class ServiceLayeringRulesTest {

    private final JavaClasses misbehaving = new ClassFileImporter().importPackages("org.oneplan.misbehaving");

    @Test
    void an_api_class_that_uses_a_read_model_class_is_caught() {
        assertThatThrownBy(() -> ServiceLayering.apiIsPlain(misbehaving)).hasMessageContaining("ViewOfARow");
    }

    @Test
    void a_public_class_on_the_write_side_is_caught() {
        assertThatThrownBy(() -> ServiceLayering.commandSideIsPackagePrivate(misbehaving))
                .hasMessageContaining("PublicAggregate");
    }

    @Test
    void a_resource_that_uses_jdbc_is_caught() {
        assertThatThrownBy(() -> ServiceLayering.restUsesNoAdapter(misbehaving)).hasMessageContaining("ResourceOnJdbc");
    }

    @Test
    void a_class_outside_every_layer_is_caught() {
        assertThatThrownBy(() -> ServiceLayering.everyClassIsInALayer(misbehaving))
                .hasMessageContaining("Helper");
    }
}
