package se.samverkan.actionplan.ui;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;

import se.samverkan.actionplan.ActionItemDetails;
import se.samverkan.base.ui.DetailList;
import se.samverkan.base.ui.Formats;

/** Everything about an item at a glance: what it means in practice, who, when, for whom, with what, on what basis. */
class ItemFacts extends Div {

    ItemFacts(ActionItemDetails item) {
        addClassName("item-facts");
        add(new H2(getTranslation("actionItem.description")));
        Paragraph practice = new Paragraph(item.description());
        practice.addClassName("multiline");
        add(practice);
        add(facts(item));
        add(new H2(getTranslation("actionItem.resources")));
        add(resources(item));
        add(new H2(getTranslation("actionItem.basis")));
        add(basis(item));
    }

    private DetailList facts(ActionItemDetails item) {
        ProgressBar bar = new ProgressBar(0, 100, item.progress());
        bar.getElement().setAttribute("aria-label", getTranslation("actionItem.progress"));
        Div progress = new Div(bar, new Span(item.progress() + " %"));
        progress.addClassName("progress");
        DetailList facts = new DetailList()
                .add(getTranslation("actionItem.status"), Formats.status(this, "actionItem.status", item.status()))
                .add(getTranslation("actionItem.progress"), progress)
                .add(getTranslation("actionItem.trafficLight"), ItemBadges.light(this, item.trafficLight()));
        if (item.trafficLightComment() != null) {
            facts.add(getTranslation("actionItem.trafficLightComment"), item.trafficLightComment());
        }
        return facts
                .add(getTranslation("actionItem.lead"), item.leadOrganisation())
                .add(getTranslation("actionItem.responsible"), contact(item.responsible()))
                .add(getTranslation("actionItem.deputy"), contact(item.deputy()))
                .add(getTranslation("actionItem.coOwners"), String.join(", ", item.coOwners()))
                .add(getTranslation("actionItem.startDate"), Formats.date(item.startDate()))
                .add(getTranslation("actionItem.dueDate"), Formats.date(item.dueDate()))
                .add(getTranslation("actionItem.targetGroups"), item.targetGroups().stream()
                        .map(group -> group.name(getLocale())).collect(Collectors.joining(", ")))
                .add(getTranslation("actionItem.publishable"),
                        getTranslation(item.publishable() ? "yesNo.YES" : "yesNo.NO"))
                .add(getTranslation("actionItem.plan"), item.planTitle())
                .add(getTranslation("actionItem.agreement"),
                        Links.route("agreements/" + item.agreementId(), item.agreementTitle()));
    }

    private static String contact(ActionItemDetails.Contact contact) {
        return contact == null ? null : contact.name() + " (" + contact.email() + ")";
    }

    private Div resources(ActionItemDetails item) {
        Div section = new Div();
        if (item.resources().isEmpty()) {
            section.add(new Paragraph(getTranslation("actionItem.resources.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (ActionItemDetails.Resource r : item.resources()) {
            StringBuilder text = new StringBuilder(getTranslation("agency." + r.agency().name()) + ", "
                    + getTranslation("funding." + r.funding().name()) + ": ");
            text.append(amount(r.hours(), "resource.hours")).append(amount(r.fte(), "resource.fte"))
                    .append(amount(r.amountSek(), "resource.sek"));
            String line = text.toString().replaceAll(",\\s*$", "");
            ListItem entry = new ListItem(line + (r.comment() == null ? "" : " – " + r.comment()));
            list.add(entry);
        }
        section.add(list);
        return section;
    }

    private String amount(BigDecimal value, String unitKey) {
        return value == null ? "" : getTranslation(unitKey, Formats.number(value, getLocale())) + ", ";
    }

    private Div basis(ActionItemDetails item) {
        Div section = new Div();
        if (item.basis().isEmpty()) {
            section.add(new Paragraph(getTranslation("actionItem.basis.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (ActionItemDetails.Basis b : item.basis()) {
                ListItem entry = new ListItem(new Span(getTranslation("basis.kind." + b.kind().name()) + ": "));
                switch (b.kind()) {
                    case ACTION_ITEM -> entry.add(Links.route("action-items/" + b.linkedActionItemId(),
                            b.linkedActionItemTitle()));
                    case CITIZEN_PROMISE -> entry.add(Links.route("agreements/" + b.linkedAgreementId(),
                            b.linkedAgreementTitle()));
                    default -> entry.add(new Span(b.reference()));
                }
                if (b.reference() != null && (b.kind() == se.samverkan.actionplan.BasisKind.ACTION_ITEM
                        || b.kind() == se.samverkan.actionplan.BasisKind.CITIZEN_PROMISE)) {
                    entry.add(new Span(" – " + b.reference()));
                }
                list.add(entry);
            }
            section.add(list);
        }
        if (item.newWorkJustification() != null) {
            section.add(new DetailList().add(getTranslation("actionItem.newWorkJustification"),
                    item.newWorkJustification()));
        }
        return section;
    }

}
