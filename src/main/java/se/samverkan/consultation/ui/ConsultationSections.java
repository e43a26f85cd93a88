package se.samverkan.consultation.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.PageSectionContributor;
import se.samverkan.base.ui.UiIcon;
import se.samverkan.consultation.ConsultationService;
import se.samverkan.consultation.LinkTarget;
import se.samverkan.consultation.RaisedRemark;
import se.samverkan.consultation.RemarkService;
import se.samverkan.consultation.RoundRef;
import se.samverkan.organisation.OrganisationService;

/**
 * What this feature adds to the pages of agreements, areas and action items: "Raised in consultation", the remarks
 * linked to the thing with their handling; on an agreement also its consultation rounds (and, for its managers, a way
 * to start one).
 */
@Component
@Order(60)
class ConsultationSections implements PageSectionContributor {

    private final ConsultationService consultations;
    private final RemarkService remarks;
    private final OrganisationService organisations;

    ConsultationSections(ConsultationService consultations, RemarkService remarks, OrganisationService organisations) {
        this.consultations = consultations;
        this.remarks = remarks;
        this.organisations = organisations;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> section(Subject subject, long id) {
        Div sections = new Styled();
        sections.addClassName("consultation-sections");
        if (subject == Subject.AGREEMENT) {
            rounds(id).ifPresent(sections::add);
        }
        LinkTarget target = switch (subject) {
            case AGREEMENT -> LinkTarget.AGREEMENT;
            case AREA -> LinkTarget.AREA;
            case ACTION_ITEM -> LinkTarget.ACTION_ITEM;
        };
        List<RaisedRemark> raised = remarks.findRaisedIn(target, id);
        if (!raised.isEmpty()) {
            sections.add(raised(sections, raised));
        }
        return sections.getComponentCount() == 0 ? Optional.empty() : Optional.of(sections);
    }

    /** Loads this feature's styles on pages of other features. */
    @StyleSheet("styles/consultation.css")
    static final class Styled extends Div {
    }

    private Optional<Section> rounds(long agreementId) {
        List<RoundRef> rounds = consultations.findRoundsOfAgreement(agreementId);
        boolean canCreate = consultations.canCreateRoundFor(agreementId);
        if (rounds.isEmpty() && !canCreate) {
            return Optional.empty();
        }
        Section section = new Section();
        section.addClassName("agreement-rounds");
        section.add(new H2(section.getTranslation("consultation.agreement.rounds")));
        UnorderedList list = new UnorderedList();
        for (RoundRef round : rounds) {
            list.add(new ListItem(Routes.link(Routes.round(round.id()), round.title()), new Span(" "),
                    Formats.status(section, "consultation.roundStatus", round.status()),
                    new Span(" " + section.getTranslation("consultation.round.dueShort", Formats.date(round.dueOn())))));
        }
        if (rounds.isEmpty()) {
            section.add(new Span(section.getTranslation("consultation.agreement.noRounds")));
        } else {
            section.add(list);
        }
        if (canCreate) {
            Button create = new Button(section.getTranslation("consultation.round.new"), UiIcon.PLUS.create(),
                    click -> new RoundDialog(consultations, organisations, null, List.of(),
                            consultations.newRoundDraft(agreementId),
                            id -> section.getUI().ifPresent(ui -> ui.navigate(Routes.round(id)))).open());
            section.add(new Div(create));
        }
        return Optional.of(section);
    }

    private Section raised(com.vaadin.flow.component.Component context, List<RaisedRemark> raised) {
        Section section = new Section(new H2(context.getTranslation("consultation.raised.heading")));
        section.addClassName("raised-in-consultation");
        UnorderedList list = new UnorderedList();
        list.addClassName("raised-list");
        for (RaisedRemark remark : raised) {
            Div from = new Div(new Span(context.getTranslation("consultation.raised.from", remark.organisationName())
                    + " "), Routes.link(Routes.round(remark.roundId()), remark.roundTitle()));
            from.addClassName("raised-from");
            ListItem item = new ListItem(Routes.link(Routes.remark(remark.remarkId()), remark.text()), from,
                    Badges.handling(context, remark.handling()));
            item.addClassName("raised-remark");
            list.add(item);
        }
        section.add(list);
        return section;
    }
}
