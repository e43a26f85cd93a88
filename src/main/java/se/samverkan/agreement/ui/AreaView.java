package se.samverkan.agreement.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.Route;

import org.springframework.beans.factory.ObjectProvider;

import jakarta.annotation.security.PermitAll;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.IndicatorService;
import se.samverkan.actionplan.ui.ActionItemGrid;
import se.samverkan.actionplan.ui.IndicatorList;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AreaDetails;
import se.samverkan.base.ui.DetailView;
import se.samverkan.base.ui.PageSectionContributor;
import se.samverkan.base.ui.PageSections;

/** A prioritized area and its action items. */
@Route("areas")
@PermitAll
public class AreaView extends DetailView<AreaDetails> {

    private final AgreementService agreements;
    private final ActionPlanService actionPlans;
    private final IndicatorService indicators;
    private final ObjectProvider<PageSectionContributor> sections;

    public AreaView(AgreementService agreements, ActionPlanService actionPlans, IndicatorService indicators,
            ObjectProvider<PageSectionContributor> sections) {
        this.agreements = agreements;
        this.actionPlans = actionPlans;
        this.indicators = indicators;
        this.sections = sections;
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
        if (actionPlans.canCreateItemIn(area.id())) {
            Anchor create = new Anchor("areas/" + area.id() + "/new-item", getTranslation("actionItem.new"));
            create.getElement().setAttribute("router-link", true);
            create.addClassName("button-link");
            add(create);
        }
        add(new ActionItemGrid(actionPlans, area.id()));
        add(new H2(getTranslation("indicators.heading")));
        add(new IndicatorList(indicators, indicators.findOfArea(area.id()), null, area.id(), null,
                area.manageable()));
        add(new PageSections(sections, PageSectionContributor.Subject.AREA, area.id()));
    }
}
