package se.samverkan.organisation.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;

import jakarta.validation.constraints.NotBlank;
import se.samverkan.organisation.OrganisationRef;
import se.samverkan.organisation.PersonDraft;

/** The fields of a person: name, e-mail, title, organisation and whether they are active. */
class PersonForm extends FormLayout {

    private final BeanValidationBinder<PersonDraft> binder = new BeanValidationBinder<>(PersonDraft.class);
    {
        // a required text is marked as such too, not only required values
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation.annotationType() == NotBlank.class));
    }
    private final TextField displayName = new TextField();
    private final TextField email = new TextField();
    private final TextField title = new TextField();
    private final ComboBox<OrganisationRef> organisation = new ComboBox<>();
    private final Checkbox active = new Checkbox();

    PersonForm(List<OrganisationRef> organisations) {
        displayName.setLabel(getTranslation("person.displayName"));
        displayName.setMaxLength(PersonDraft.NAME_MAX);
        displayName.setAutocomplete(Autocomplete.OFF);
        email.setLabel(getTranslation("person.email"));
        email.setMaxLength(PersonDraft.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.OFF);
        title.setLabel(getTranslation("person.title"));
        title.setMaxLength(PersonDraft.TITLE_MAX);
        organisation.setLabel(getTranslation("person.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationRef::name);
        active.setLabel(getTranslation("person.active"));
        active.setHelperText(getTranslation("person.active.help"));
        Map<Long, OrganisationRef> byId = new HashMap<>();
        organisations.forEach(o -> byId.put(o.id(), o));

        binder.forField(displayName).bind("displayName");
        binder.forField(email).bind("email");
        binder.forField(title).bind("title");
        binder.forField(organisation).withConverter(ref -> ref == null ? null : ref.id(), byId::get)
                .bind("organisationId");
        binder.forField(active).bind("active");

        add(displayName, email, title, organisation, active);
        setColspan(active, 2);
    }

    void read(PersonDraft draft) {
        binder.readBean(draft);
    }

    boolean write(PersonDraft draft) {
        return binder.writeBeanIfValid(draft);
    }

    void focus() {
        displayName.focus();
    }

    Map<String, HasValidation> fields() {
        return Map.of("displayName", displayName, "email", email, "title", title, "organisationId", organisation);
    }
}
