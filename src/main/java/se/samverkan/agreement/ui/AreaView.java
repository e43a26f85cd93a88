package se.samverkan.agreement.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.ui.ActionItemGrid;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AreaDetails;
import se.samverkan.base.ui.DetailView;

/** A prioritized area and its action items. */
@Route("areas")
@PermitAll
public class AreaView extends DetailView<AreaDetails> {

    private final AgreementService agreements;
    private final ActionPlanService actionPlans;

    public AreaView(AgreementService agreements, ActionPlanService actionPlans) {
        this.agreements = agreements;
        this.actionPlans = actionPlans;
    }

    @Override
    protected Optional<AreaDetails> load(long id) {
        return agreements.findArea(id);
    }

    @Override
    protected String notFoundKey() {
        return "area.notFound";
    }

    @Override
    protected String title(AreaDetails area) {
        return area.position() + ". " + area.title();
    }

    @Override
    protected void render(AreaDetails area) {
        add(new RouterLink(area.agreementTitle(), AgreementView.class, area.agreementId()));
        add(new H1(title(area)));
        if (area.description() != null) {
            add(new Paragraph(area.description()));
        }
        add(new H2(getTranslation("actionItems.heading")));
        add(new ActionItemGrid(actionPlans, area.id()));
    }
}
