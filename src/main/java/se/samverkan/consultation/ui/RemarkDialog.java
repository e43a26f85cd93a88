package se.samverkan.consultation.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.ItemFilter;
import se.samverkan.actionplan.ItemOrder;
import se.samverkan.actionplan.ItemSort;
import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AgreementService;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.consultation.Handling;
import se.samverkan.consultation.LinkRef;
import se.samverkan.consultation.LinkTarget;
import se.samverkan.consultation.RemarkDraft;
import se.samverkan.consultation.RemarkService;
import se.samverkan.consultation.TagRef;

/**
 * A remark and its handling: the point made, its tags, how it was handled and why, and what takes it up: the round's
 * agreement (or one under it), its areas, or action items found by title. What takes a remark up is asked for only
 * when it was (partly) accepted.
 */
class RemarkDialog extends Dialog {

    private final Map<String, HasValidation> fields = new HashMap<>();

    /**
     * @param agreementId the round's agreement
     * @param current     the remark's links as they are, for their labels ({@code null} for a new remark)
     * @param save        saves the draft (create or update)
     */
    RemarkDialog(RemarkService remarks, AgreementService agreements, ActionPlanService actionPlans, long agreementId,
            List<LinkRef> current, RemarkDraft draft, Consumer<RemarkDraft> save, Runnable afterSave) {
        setHeaderTitle(getTranslation(current == null ? "consultation.remark.new" : "consultation.remark.edit"));
        BeanValidationBinder<RemarkDraft> binder = new BeanValidationBinder<>(RemarkDraft.class);

        TextArea text = field("text", new TextArea(getTranslation("consultation.remark.text")));
        text.setMaxLength(RemarkDraft.TEXT_MAX);
        text.setRequiredIndicatorVisible(true);
        CheckboxGroup<TagRef> tags = field("tagIds", new CheckboxGroup<>(getTranslation("consultation.remark.tags")));
        List<TagRef> choosable = remarks.findTags(false).stream()
                .filter(t -> t.active() || draft.getTagIds().contains(t.id())).toList();
        tags.setItems(choosable);
        tags.setItemLabelGenerator(t -> t.name(getLocale()));
        tags.addClassName("tag-choices");
        RadioButtonGroup<Handling> handling = field("handling", new RadioButtonGroup<>());
        handling.setLabel(getTranslation("consultation.remark.handling"));
        handling.setItems(Handling.values());
        handling.setItemLabelGenerator(h -> getTranslation("consultation.handling." + h.name()));
        TextArea comment = field("handlingComment", new TextArea(getTranslation("consultation.remark.handlingComment")));
        comment.setMaxLength(RemarkDraft.TEXT_MAX);
        comment.setHelperText(getTranslation("consultation.remark.handlingComment.help"));

        // what can take the remark up: the round's agreement and those under it, their areas, any item one reads
        List<Choice> agreementChoices = new ArrayList<>();
        List<Choice> areaChoices = new ArrayList<>();
        agreements.findAgreement(agreementId).ifPresent(agreement -> {
            agreementChoices.add(new Choice(agreement.id(), agreement.title()));
            for (AgreementRef child : agreement.children()) {
                agreementChoices.add(new Choice(child.id(), child.title()));
            }
        });
        for (Choice agreement : agreementChoices) {
            agreements.findAreas(agreement.id()).forEach(area -> areaChoices.add(new Choice(area.id(),
                    area.position() + ". " + area.title() + " (" + agreement.label() + ")")));
        }
        MultiSelectComboBox<Choice> agreementLinks = new MultiSelectComboBox<>(
                getTranslation("consultation.remark.linkAgreements"));
        agreementLinks.setItems(agreementChoices);
        agreementLinks.setItemLabelGenerator(Choice::label);
        MultiSelectComboBox<Choice> areaLinks = new MultiSelectComboBox<>(getTranslation("consultation.remark.linkAreas"));
        areaLinks.setItems(areaChoices);
        areaLinks.setItemLabelGenerator(Choice::label);
        MultiSelectComboBox<Choice> itemLinks = field("links",
                new MultiSelectComboBox<>(getTranslation("consultation.remark.linkItems")));
        itemLinks.setItems(query -> actionPlans.findItems(textFilter(query.getFilter().orElse("")),
                        List.of(new ItemOrder(ItemSort.TITLE, false)), query.getOffset(), query.getLimit()).stream()
                .map(item -> new Choice(item.id(), item.title())));
        itemLinks.setItemLabelGenerator(Choice::label);
        itemLinks.setHelperText(getTranslation("consultation.remark.linkItems.help"));
        List<LinkRef> links = current == null ? List.of() : current;
        agreementLinks.setValue(chosen(links, LinkTarget.AGREEMENT, agreementChoices));
        areaLinks.setValue(chosen(links, LinkTarget.AREA, areaChoices));
        itemLinks.setValue(links.stream().filter(l -> l.target() == LinkTarget.ACTION_ITEM)
                .map(l -> new Choice(l.id(), l.label())).collect(Collectors.toSet()));
        Div linkSection = new Div(new H3(getTranslation("consultation.remark.links")), agreementLinks, areaLinks,
                itemLinks);
        linkSection.addClassName("link-section");

        binder.forField(text).bind("text");
        binder.forField(tags).withConverter(
                set -> set.stream().map(TagRef::id).collect(Collectors.<Long, Set<Long>>toCollection(LinkedHashSet::new)),
                ids -> choosable.stream().filter(t -> ids.contains(t.id())).collect(Collectors.toSet()))
                .bind(RemarkDraft::getTagIds, RemarkDraft::setTagIds);
        binder.forField(handling).bind("handling");
        binder.forField(comment).bind("handlingComment");
        binder.readBean(draft);
        handling.addValueChangeListener(change -> show(change.getValue(), comment, linkSection));
        show(draft.getHandling(), comment, linkSection);

        FormLayout form = new FormLayout(text, tags, handling, comment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, linkSection);

        Button saveButton = new Button(getTranslation("action.save"), click -> {
            if (!binder.writeBeanIfValid(draft)) {
                binder.validate();
                return;
            }
            boolean linksAllowed = draft.getHandling() != null && draft.getHandling().allowsLinks();
            draft.setAgreementIds(linksAllowed ? ids(agreementLinks.getValue()) : Set.of());
            draft.setAreaIds(linksAllowed ? ids(areaLinks.getValue()) : Set.of());
            draft.setActionItemIds(linksAllowed ? ids(itemLinks.getValue()) : Set.of());
            if (ServiceErrors.attempt(this, fields, () -> save.accept(draft))) {
                close();
                afterSave.run();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
        setWidth("min(46rem, 100vw)");
    }

    private static ItemFilter textFilter(String text) {
        return new ItemFilter(null, null, null, null, null, null, null, null, null, false, text);
    }

    private static Set<Choice> chosen(List<LinkRef> links, LinkTarget target, List<Choice> choices) {
        Set<Long> ids = links.stream().filter(l -> l.target() == target).map(LinkRef::id).collect(Collectors.toSet());
        return choices.stream().filter(c -> ids.contains(c.id())).collect(Collectors.toSet());
    }

    private static Set<Long> ids(Set<Choice> choices) {
        return choices.stream().map(Choice::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The reason is asked for when not or partly accepted; links only when (partly) accepted. */
    private static void show(Handling handling, TextArea comment, Div links) {
        comment.setRequiredIndicatorVisible(handling != null && handling.needsReason());
        links.setVisible(handling != null && handling.allowsLinks());
    }

    private <F extends HasValidation> F field(String name, F field) {
        fields.put(name, field);
        return field;
    }
}
