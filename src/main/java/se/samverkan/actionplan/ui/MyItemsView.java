package se.samverkan.actionplan.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.ItemFilter;

/**
 * "Mina åtgärder": items where I am responsible or deputy, or my organisation (or one below it) leads or co-owns;
 * overdue first, then by due date. The coordinator's start page.
 */
@Route("my-items")
@PermitAll
public class MyItemsView extends Main implements HasDynamicTitle {

    public MyItemsView(ActionPlanService actionPlans) {
        addClassNames("page", "list-page");
        Paragraph intro = new Paragraph(getTranslation("myItems.intro"));
        add(new H1(getTranslation("myItems.heading")), intro,
                new ActionItemGrid(actionPlans, ItemFilter::none, true, true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myItems.heading") + " – " + getTranslation("app.name");
    }
}
