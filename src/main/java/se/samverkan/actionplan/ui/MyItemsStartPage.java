package se.samverkan.actionplan.ui;

import org.springframework.stereotype.Component;

import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.ui.StartPage;

/** Coordinators start on their items; managers, administrators and viewers keep the agreements. */
@Component
class MyItemsStartPage implements StartPage {

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public String routeFor(SignedInUser user) {
        return user.hasRole(Role.COORDINATOR) && !user.hasAnyRole(Role.ADMIN, Role.MANAGER) ? "my-items" : null;
    }
}
