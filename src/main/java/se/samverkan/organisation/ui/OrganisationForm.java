package se.samverkan.organisation.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;

import jakarta.validation.constraints.NotBlank;
import se.samverkan.organisation.Agency;
import se.samverkan.organisation.OrganisationDraft;
import se.samverkan.organisation.OrganisationKind;
import se.samverkan.organisation.OrganisationRef;

/** The fields of an organisation: name, short name, agency, kind and the organisation it is part of. */
class OrganisationForm extends FormLayout {

    private final BeanValidationBinder<OrganisationDraft> binder = new BeanValidationBinder<>(OrganisationDraft.class);
    {
        // a required text is marked as such too, not only required values
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation.annotationType() == NotBlank.class));
    }
    private final TextField name = new TextField();
    private final TextField shortName = new TextField();
    private final RadioButtonGroup<Agency> agency = new RadioButtonGroup<>();
    private final ComboBox<OrganisationKind> kind = new ComboBox<>();
    private final ComboBox<OrganisationRef> parent = new ComboBox<>();

    /**
     * @param parents the organisations it may be part of (not itself, nor one below it)
     */
    OrganisationForm(List<OrganisationRef> parents) {
        name.setLabel(getTranslation("organisation.name"));
        name.setMaxLength(OrganisationDraft.NAME_MAX);
        shortName.setLabel(getTranslation("organisation.shortName"));
        shortName.setMaxLength(OrganisationDraft.SHORT_NAME_MAX);
        agency.setLabel(getTranslation("organisation.agency"));
        agency.setItems(Agency.values());
        agency.setItemLabelGenerator(a -> getTranslation("agency." + a.name()));
        kind.setLabel(getTranslation("organisation.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("organisation.kind." + k.name()));
        parent.setLabel(getTranslation("organisation.parent"));
        parent.setHelperText(getTranslation("organisation.parent.help"));
        parent.setItems(parents);
        parent.setItemLabelGenerator(OrganisationRef::name);
        parent.setClearButtonVisible(true);
        Map<Long, OrganisationRef> byId = new HashMap<>();
        parents.forEach(o -> byId.put(o.id(), o));

        binder.forField(name).bind("name");
        binder.forField(shortName).bind("shortName");
        binder.forField(agency).bind("agency");
        binder.forField(kind).bind("kind");
        binder.forField(parent).withConverter(ref -> ref == null ? null : ref.id(), byId::get).bind("parentId");

        add(name, shortName, agency, kind, parent);
        setColspan(name, 2);
        setColspan(parent, 2);
    }

    void read(OrganisationDraft draft) {
        binder.readBean(draft);
    }

    /** Writes the fields into the draft when they are valid; shows what is not otherwise. */
    boolean write(OrganisationDraft draft) {
        return binder.writeBeanIfValid(draft);
    }

    void focus() {
        name.focus();
    }

    /** The fields by the service's names for them, for its refusals. */
    Map<String, HasValidation> fields() {
        return Map.of("name", name, "shortName", shortName, "agency", agency, "kind", kind, "parentId", parent);
    }
}
