package se.samverkan.actionplan.ui;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import se.samverkan.actionplan.ActionItemDraft;
import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.PlanRef;
import se.samverkan.actionplan.TargetGroupRef;
import se.samverkan.actionplan.TrafficLight;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AreaOverview;
import se.samverkan.base.ui.ComponentTexts;
import se.samverkan.organisation.OrganisationRef;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.PersonRef;

/**
 * Every field of an action item, in sections: what, when, who, where it stands, for whom, with what, and on what
 * existing work. The binder checks the draft's constraints at the fields; the service checks everything again.
 */
class ActionItemForm extends Div {

    private final BeanValidationBinder<ActionItemDraft> binder = new BeanValidationBinder<>(ActionItemDraft.class);
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final ResourceEditor resources;
    private final BasisEditor basis;
    private final TextArea justification = new TextArea();
    private final ActionItemDraft draft;

    ActionItemForm(ActionItemDraft draft, long agreementId, Long itemId, ActionItemStatus savedStatus,
            ActionPlanService actionPlans, AgreementService agreements, OrganisationService organisations) {
        this.draft = draft;
        addClassName("item-form");
        List<OrganisationRef> allOrganisations = organisations.findOrganisations();
        Map<Long, OrganisationRef> byId = allOrganisations.stream()
                .collect(Collectors.toMap(OrganisationRef::id, o -> o));

        TextField title = field("title", new TextField(getTranslation("actionItem.titleField")));
        title.setMaxLength(ActionItemDraft.TITLE_MAX);
        TextArea description = field("description", new TextArea(getTranslation("actionItem.description")));
        description.setMaxLength(ActionItemDraft.TEXT_MAX);
        description.setHelperText(getTranslation("actionItem.description.help"));
        binder.forField(title).bind("title");
        binder.forField(description).bind("description");

        ComboBox<AreaOverview> area = field("areaId", new ComboBox<>());
        area.setLabel(getTranslation("actionItem.area"));
        List<AreaOverview> areas = agreements.findAreas(agreementId);
        area.setItems(areas);
        area.setItemLabelGenerator(a -> a.position() + ". " + a.title());
        binder.forField(area).withConverter(a -> a == null ? null : a.id(),
                id -> areas.stream().filter(a -> Objects.equals(a.id(), id)).findFirst().orElse(null))
                .bind("areaId");
        ComboBox<PlanRef> plan = field("actionPlanId", new ComboBox<>());
        plan.setLabel(getTranslation("actionItem.plan"));
        List<PlanRef> plans = actionPlans.findPlans(agreementId);
        plan.setItems(plans);
        plan.setItemLabelGenerator(p -> p.title() + " (" + p.periodStart() + " – " + p.periodEnd() + ")");
        binder.forField(plan).withConverter(p -> p == null ? null : p.id(),
                id -> plans.stream().filter(p -> Objects.equals(p.id(), id)).findFirst().orElse(null))
                .bind("actionPlanId");
        DatePicker start = field("startDate",
                ComponentTexts.localized(new DatePicker(getTranslation("actionItem.startDate"))));
        DatePicker due = field("dueDate",
                ComponentTexts.localized(new DatePicker(getTranslation("actionItem.dueDate"))));
        start.setLocale(getLocale());
        due.setLocale(getLocale());
        binder.forField(start).bind("startDate");
        binder.forField(due).bind("dueDate");

        ComboBox<OrganisationRef> lead = field("leadOrganisationId", new ComboBox<>(getTranslation("actionItem.lead")));
        lead.setItems(allOrganisations);
        lead.setItemLabelGenerator(OrganisationRef::name);
        binder.forField(lead).withConverter(o -> o == null ? null : o.id(), byId::get).bind("leadOrganisationId");
        ComboBox<PersonRef> responsible = people("responsiblePersonId", "actionItem.responsible", organisations);
        ComboBox<PersonRef> deputy = people("deputyPersonId", "actionItem.deputy", organisations);
        MultiSelectComboBox<OrganisationRef> coOwners = field("coOwnerIds",
                new MultiSelectComboBox<>(getTranslation("actionItem.coOwners")));
        coOwners.setItems(allOrganisations);
        coOwners.setItemLabelGenerator(OrganisationRef::name);
        binder.forField(coOwners).withConverter(
                set -> set.stream().map(OrganisationRef::id).collect(Collectors.<Long, Set<Long>>toCollection(
                        LinkedHashSet::new)),
                ids -> ids.stream().map(byId::get).filter(Objects::nonNull).collect(Collectors.toSet()))
                .bind(ActionItemDraft::getCoOwnerIds, ActionItemDraft::setCoOwnerIds);

        RadioButtonGroup<ActionItemStatus> status = field("status", new RadioButtonGroup<>());
        status.setLabel(getTranslation("actionItem.status"));
        status.setItems(ActionItemStatus.values());
        status.setItemEnabledProvider(s -> savedStatus == null || savedStatus.canMoveTo(s));
        status.setItemLabelGenerator(s -> getTranslation("actionItem.status." + s.name()));
        IntegerField progress = field("progress", new IntegerField(getTranslation("actionItem.progress")));
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setSuffixComponent(new Span("%"));
        RadioButtonGroup<TrafficLight> light = field("trafficLight", new RadioButtonGroup<>());
        light.setLabel(getTranslation("actionItem.trafficLight"));
        light.setItems(TrafficLight.values());
        light.setItemLabelGenerator(l -> getTranslation("actionItem.trafficLight." + l.name()));
        TextArea lightComment = field("trafficLightComment",
                new TextArea(getTranslation("actionItem.trafficLightComment")));
        lightComment.setMaxLength(ActionItemDraft.TEXT_MAX);
        lightComment.setHelperText(getTranslation("actionItem.trafficLightComment.help"));
        light.addValueChangeListener(change -> lightComment.setRequiredIndicatorVisible(
                change.getValue() != null && change.getValue().needsComment()));
        binder.forField(status).bind("status");
        binder.forField(progress).bind("progress");
        binder.forField(light).bind("trafficLight");
        binder.forField(lightComment).bind("trafficLightComment");

        CheckboxGroup<TargetGroupRef> groups = field("targetGroupIds", new CheckboxGroup<>());
        groups.setLabel(getTranslation("actionItem.targetGroups"));
        List<TargetGroupRef> choosable = actionPlans.findTargetGroups(false).stream()
                .filter(g -> g.active() || draft.getTargetGroupIds().contains(g.id())).toList();
        groups.setItems(choosable);
        groups.setItemLabelGenerator(g -> g.name(getLocale()));
        binder.forField(groups).withConverter(
                set -> set.stream().map(TargetGroupRef::id).collect(Collectors.<Long, Set<Long>>toCollection(
                        LinkedHashSet::new)),
                ids -> choosable.stream().filter(g -> ids.contains(g.id())).collect(Collectors.toSet()))
                .bind(ActionItemDraft::getTargetGroupIds, ActionItemDraft::setTargetGroupIds);
        Checkbox publishable = new Checkbox(getTranslation("actionItem.publishable"));
        publishable.setHelperText(getTranslation("actionItem.publishable.help"));
        binder.forField(publishable).bind("publishable");

        resources = new ResourceEditor(draft.getResources());
        basis = new BasisEditor(draft.getBasis(), actionPlans, agreements, itemId, this::showJustification);
        justification.setLabel(getTranslation("actionItem.newWorkJustification"));
        justification.setHelperText(getTranslation("actionItem.newWorkJustification.help"));
        justification.setMaxLength(ActionItemDraft.TEXT_MAX);
        fields.put("newWorkJustification", justification);
        binder.forField(justification).bind("newWorkJustification");

        binder.readBean(draft);
        showJustification();
        lightComment.setRequiredIndicatorVisible(draft.getTrafficLight() != null && draft.getTrafficLight().needsComment());
        title.setRequiredIndicatorVisible(true);
        description.setRequiredIndicatorVisible(true);

        add(section("actionItem.section.what", title, description));
        add(section("actionItem.section.when", area, plan, start, due));
        add(section("actionItem.section.who", lead, responsible, deputy, coOwners));
        add(section("actionItem.section.standing", status, progress, light, lightComment));
        add(section("actionItem.section.forWhom", groups, publishable));
        add(new H2(getTranslation("actionItem.resources")), resources);
        add(new H2(getTranslation("actionItem.basis")), basis, justification);
    }

    private <F extends HasValidation> F field(String name, F field) {
        fields.put(name, field);
        return field;
    }

    private ComboBox<PersonRef> people(String property, String labelKey, OrganisationService organisations) {
        ComboBox<PersonRef> box = field(property, new ComboBox<>(getTranslation(labelKey)));
        box.setItems(query -> organisations.findPeople(query.getFilter().orElse(""), null, true, query.getOffset(),
                query.getLimit()).stream());
        box.setItemLabelGenerator(p -> p.displayName() + " – " + p.organisationName());
        box.setClearButtonVisible(true);
        binder.forField(box).withConverter(p -> p == null ? null : p.id(),
                id -> id == null ? null : organisations.findPerson(id).orElse(null)).bind(property);
        return box;
    }

    private Div section(String headingKey, com.vaadin.flow.component.Component... components) {
        FormLayout form = new FormLayout(components);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        for (com.vaadin.flow.component.Component c : components) {
            if (c instanceof TextArea || c instanceof CheckboxGroup || c instanceof RadioButtonGroup
                    || c instanceof TextField) {
                form.setColspan(c, 2);
            }
        }
        Div wrapper = new Div(new H2(getTranslation(headingKey)), form);
        wrapper.addClassName("form-section");
        return wrapper;
    }

    private void showJustification() {
        justification.setRequiredIndicatorVisible(basis.isEmpty());
    }

    /** Writes the fields into the draft; false (with the errors shown) when a field's own rules fail. */
    boolean writeDraft() {
        if (!binder.writeBeanIfValid(draft)) {
            binder.validate();
            return false;
        }
        draft.setResources(resources.lines());
        draft.setBasis(basis.lines());
        return true;
    }

    ActionItemDraft draft() {
        return draft;
    }

    /** Every field by the service's field names, for showing its refusals where they belong. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> all = new HashMap<>(fields);
        all.putAll(resources.fields());
        all.putAll(basis.fields());
        return all;
    }

}
