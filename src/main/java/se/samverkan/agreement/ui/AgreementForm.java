package se.samverkan.agreement.ui;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;

import jakarta.validation.constraints.NotBlank;
import se.samverkan.agreement.AgreementDraft;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.organisation.OrganisationRef;

/**
 * The fields of an agreement. The parent is asked for only where the kind has one; the adoption only once the status
 * says adopted (or expired).
 */
class AgreementForm extends FormLayout {

    private final BeanValidationBinder<AgreementDraft> binder = new BeanValidationBinder<>(AgreementDraft.class);
    {
        // a required text is marked as such too, not only required values
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation.annotationType() == NotBlank.class));
    }
    private final RadioButtonGroup<AgreementKind> kind = new RadioButtonGroup<>();
    private final TextField title = new TextField();
    private final TextField diaryNumber = new TextField();
    private final ComboBox<AgreementRef> parent = new ComboBox<>();
    private final TextArea summary = new TextArea();
    private final DatePicker periodStart = DateFields.datePicker(getTranslation("agreement.periodStart"));
    private final DatePicker periodEnd = DateFields.datePicker(getTranslation("agreement.periodEnd"));
    /** Radio buttons, not a Select: Vaadin 25.2's select button carries an ARIA attribute axe-core refuses. */
    private final RadioButtonGroup<AgreementStatus> status = new RadioButtonGroup<>();
    private final DatePicker adoptedOn = DateFields.datePicker(getTranslation("agreement.adoptedOn"));
    private final TextField adoptedBy = new TextField();
    private final MultiSelectComboBox<OrganisationRef> parties = new MultiSelectComboBox<>();
    private final List<AgreementRef> parents;

    /**
     * @param parents       agreements this one may be part of (those the user reads, not itself)
     * @param organisations the organisations that can be parties
     */
    AgreementForm(List<AgreementRef> parents, List<OrganisationRef> organisations) {
        this.parents = parents;
        kind.setLabel(getTranslation("agreement.kind"));
        kind.setItems(AgreementKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("agreement.kind." + k.name()));
        title.setLabel(getTranslation("agreement.title"));
        title.setMaxLength(AgreementDraft.TITLE_MAX);
        diaryNumber.setLabel(getTranslation("agreement.diaryNumber"));
        diaryNumber.setMaxLength(AgreementDraft.DIARY_NUMBER_MAX);
        parent.setLabel(getTranslation("agreement.parent"));
        parent.setHelperText(getTranslation("agreement.parent.help"));
        parent.setItemLabelGenerator(AgreementRef::title);
        parent.setRequiredIndicatorVisible(true);
        summary.setLabel(getTranslation("agreement.summary"));
        summary.setMaxLength(AgreementDraft.SUMMARY_MAX);
        periodEnd.setHelperText(getTranslation("agreement.periodEnd.help"));
        status.setLabel(getTranslation("agreement.status"));
        status.setItems(AgreementStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("agreement.status." + s.name()));
        adoptedBy.setLabel(getTranslation("agreement.adoptedBy"));
        adoptedBy.setHelperText(getTranslation("agreement.adoptedBy.help"));
        adoptedBy.setMaxLength(AgreementDraft.ADOPTED_BY_MAX);
        parties.setLabel(getTranslation("agreement.parties"));
        parties.setHelperText(getTranslation("agreement.parties.help"));
        parties.setItems(organisations);
        parties.setItemLabelGenerator(OrganisationRef::name);
        parties.setRequiredIndicatorVisible(true);
        DateFields.translate(parties);

        bind(organisations);
        kind.addValueChangeListener(change -> kindChanged(change.getValue()));
        status.addValueChangeListener(change -> statusChanged(change.getValue()));

        add(kind, title, diaryNumber, parent, summary, periodStart, periodEnd, status, adoptedOn, adoptedBy, parties);
        for (Component wide : new Component[] { kind, title, parent, summary, status, parties }) {
            setColspan(wide, 2);
        }
    }

    private void bind(List<OrganisationRef> organisations) {
        Map<Long, AgreementRef> parentById = new HashMap<>();
        parents.forEach(p -> parentById.put(p.id(), p));
        Map<Long, OrganisationRef> organisationById = new HashMap<>();
        organisations.forEach(o -> organisationById.put(o.id(), o));
        binder.forField(kind).bind("kind");
        binder.forField(title).bind("title");
        binder.forField(diaryNumber).bind("diaryNumber");
        binder.forField(parent).withConverter(ref -> ref == null ? null : ref.id(), parentById::get).bind("parentId");
        binder.forField(summary).bind("summary");
        binder.forField(periodStart).bind("periodStart");
        binder.forField(periodEnd).bind("periodEnd");
        binder.forField(status).bind("status");
        binder.forField(adoptedOn).bind("adoptedOn");
        binder.forField(adoptedBy).bind("adoptedBy");
        binder.forField(parties).withConverter(
                (Set<OrganisationRef> chosen) -> chosen.stream().map(OrganisationRef::id)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                (Set<Long> ids) -> ids == null ? Set.of() : ids.stream().map(organisationById::get)
                        .filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)))
                .bind("partyIds");
    }

    /** A city-wide agreement has no parent; a local one hangs under a city-wide one; a promise under either. */
    private void kindChanged(AgreementKind chosen) {
        boolean hasParent = chosen != null && chosen != AgreementKind.CITY_WIDE;
        parent.setVisible(hasParent);
        AgreementRef current = parent.getValue();
        List<AgreementRef> fitting = parents.stream().filter(p -> fits(chosen, p.kind())).toList();
        parent.setItems(fitting);
        parent.setValue(current != null && fitting.contains(current) ? current : null);
    }

    private static boolean fits(AgreementKind kind, AgreementKind parentKind) {
        if (kind == AgreementKind.LOCAL) {
            return parentKind == AgreementKind.CITY_WIDE;
        }
        return kind == AgreementKind.CITIZEN_PROMISE && parentKind != AgreementKind.CITIZEN_PROMISE;
    }

    private void statusChanged(AgreementStatus chosen) {
        boolean adopted = chosen == AgreementStatus.ADOPTED || chosen == AgreementStatus.EXPIRED;
        adoptedOn.setRequiredIndicatorVisible(adopted);
        adoptedBy.setRequiredIndicatorVisible(adopted);
    }

    void read(AgreementDraft draft) {
        kindChanged(draft.getKind());
        binder.readBean(draft);
        statusChanged(draft.getStatus());
    }

    boolean write(AgreementDraft draft) {
        return binder.writeBeanIfValid(draft);
    }

    void focus() {
        title.focus();
    }

    /** The fields by the service's names for them, for its refusals. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("kind", kind);
        fields.put("title", title);
        fields.put("diaryNumber", diaryNumber);
        fields.put("parentId", parent);
        fields.put("summary", summary);
        fields.put("periodStart", periodStart);
        fields.put("periodEnd", periodEnd);
        fields.put("status", status);
        fields.put("adoptedOn", adoptedOn);
        fields.put("adoptedBy", adoptedBy);
        fields.put("partyIds", parties);
        return fields;
    }
}
