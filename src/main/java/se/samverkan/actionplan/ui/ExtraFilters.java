package se.samverkan.actionplan.ui;

import java.time.format.TextStyle;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import se.samverkan.actionplan.ItemFilter;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AreaDetails;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.TranslationProvider;
import se.samverkan.organisation.OrganisationRef;
import se.samverkan.organisation.OrganisationService;

/**
 * The parts of the list's filter that have no picker of their own (they come with a link, from the dashboard say):
 * each shows as a note in words with a button that removes it.
 */
class ExtraFilters extends Div {

    private final AgreementService agreements;
    private final OrganisationService organisations;
    private final Runnable onChange;
    private final UnorderedList notes = new UnorderedList();
    private ItemFilter filter = ItemFilter.none();

    ExtraFilters(AgreementService agreements, OrganisationService organisations, Runnable onChange) {
        this.agreements = agreements;
        this.organisations = organisations;
        this.onChange = onChange;
        addClassName("extra-filters");
        notes.getElement().setAttribute("aria-label", getTranslation("filter.extra.label"));
        add(notes);
        setVisible(false);
    }

    ItemFilter filter() {
        return filter;
    }

    /** Shows the extras of the filter (the rest of it is ignored). */
    void show(ItemFilter wanted) {
        filter = wanted.extras();
        notes.removeAll();
        ItemFilter f = filter;
        if (f.role() != null && f.agency() == null) {
            note(getTranslation("filter.extra.role." + f.role().name()), x -> x.withOrganisation(null, null));
        }
        if (f.agency() != null) {
            String role = f.role() == null ? ItemFilter.OrganisationRole.LEAD.name() : f.role().name();
            note(getTranslation("filter.extra.agency." + role, getTranslation("agency." + f.agency().name())),
                    x -> x.withAgency(null, null));
        }
        if (f.dueFrom() != null || f.dueTo() != null) {
            note(getTranslation("filter.extra.due", Formats.date(f.dueFrom()), Formats.date(f.dueTo())),
                    x -> x.withDueRange(null, null));
        }
        if (f.activeFrom() != null || f.activeTo() != null) {
            note(getTranslation("filter.extra.active", Formats.date(f.activeFrom()), Formats.date(f.activeTo())),
                    x -> x.withActivePeriod(null, null));
        }
        if (f.resourceAgency() != null || f.funding() != null) {
            String agency = f.resourceAgency() == null ? getTranslation("filter.extra.anyAgency")
                    : getTranslation("agency." + f.resourceAgency().name());
            String funding = f.funding() == null ? getTranslation("filter.extra.anyFunding")
                    : getTranslation("funding." + f.funding().name());
            note(getTranslation("filter.extra.resource", agency, funding), x -> x.withResources(null, null));
        }
        if (f.reportedIn() != null) {
            String month = f.reportedIn().getMonth().getDisplayName(TextStyle.FULL_STANDALONE,
                    TranslationProvider.supported(getLocale())) + " " + f.reportedIn().getYear();
            note(getTranslation("filter.extra.reported", month), x -> x.withReportedIn(null));
        }
        if (f.noReportSince() != null) {
            note(getTranslation("filter.extra.noReport", Formats.date(f.noReportSince())),
                    x -> x.withNoReportSince(null));
        }
        if (f.contributesTo() != null) {
            String area = agreements.findArea(f.contributesTo()).map(AreaDetails::title)
                    .orElse(getTranslation("filter.extra.unknown"));
            note(getTranslation("filter.extra.contributes", area), x -> x.withCoverage(null, x.partyId()));
        }
        if (f.partyId() != null) {
            String party = organisations.findOrganisations().stream().filter(o -> o.id() == f.partyId())
                    .map(OrganisationRef::name).findFirst().orElse(getTranslation("filter.extra.unknown"));
            note(getTranslation("filter.extra.party", party), x -> x.withCoverage(x.contributesTo(), null));
        }
        setVisible(notes.getChildren().findAny().isPresent());
    }

    private void note(String text, UnaryOperator<ItemFilter> without) {
        NativeButton remove = new NativeButton(getTranslation("filter.extra.remove"));
        remove.getElement().setAttribute("aria-label", getTranslation("filter.extra.removeNamed", text));
        remove.addClassName("extra-filter-remove");
        remove.addClickListener(click -> {
            show(without.apply(filter));
            onChange.run();
        });
        ListItem item = new ListItem(new Span(text), remove);
        item.addClassName("extra-filter");
        notes.add(item);
    }
}
