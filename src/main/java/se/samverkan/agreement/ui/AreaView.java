package se.samverkan.agreement.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.ui.ActionItemGrid;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AreaDetails;

/** A prioritized area and its action items. */
@Route("areas")
@PermitAll
public class AreaView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AgreementService agreements;
    private final ActionPlanService actionPlans;
    private String title = "";

    public AreaView(AgreementService agreements, ActionPlanService actionPlans) {
        this.agreements = agreements;
        this.actionPlans = actionPlans;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        AreaDetails area = agreements.findArea(id).orElse(null);
        if (area == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("area.notFound"));
            return;
        }
        title = area.position() + ". " + area.title();
        removeAll();
        add(new RouterLink(area.agreementTitle(), AgreementView.class, area.agreementId()));
        add(new H1(title));
        if (area.description() != null) {
            add(new Paragraph(area.description()));
        }
        add(new H2(getTranslation("actionItems.heading")));
        add(new ActionItemGrid(actionPlans, area.id()));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
