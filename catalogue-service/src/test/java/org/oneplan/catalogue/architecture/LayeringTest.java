package org.oneplan.catalogue.architecture;

import org.oneplan.platform.testing.ServiceLayeringTest;

class LayeringTest extends ServiceLayeringTest {

    @Override
    protected String servicePackage() {
        return "org.oneplan.catalogue";
    }
}
