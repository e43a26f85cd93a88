package se.samverkan.consultation.ui;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import se.samverkan.agreement.AgreementRef;
import se.samverkan.base.ui.ComponentTexts;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.consultation.ConsultationService;
import se.samverkan.consultation.RoundDraft;
import se.samverkan.consultation.RoundStatus;
import se.samverkan.consultation.RoundSubject;
import se.samverkan.organisation.OrganisationRef;
import se.samverkan.organisation.OrganisationService;

/**
 * Starts a round (on one of {@code agreements}, or on the agreement of the given draft) or changes one
 * ({@code roundId} given): what is sent, by whom, when, to which bodies; {@code afterSave} gets the round's id.
 */
class RoundDialog extends Dialog {

    private final Map<String, HasValidation> fields = new HashMap<>();

    RoundDialog(ConsultationService service, OrganisationService organisationService, Long roundId,
            List<AgreementRef> agreements, RoundDraft given, LongConsumer afterSave) {
        setHeaderTitle(getTranslation(roundId == null ? "consultation.round.new" : "consultation.round.edit"));
        RoundDraft draft = given != null ? given : new RoundDraft();
        BeanValidationBinder<RoundDraft> binder = new BeanValidationBinder<>(RoundDraft.class);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));

        if (given == null) {
            ComboBox<AgreementRef> agreement = field("agreementId",
                    new ComboBox<>(getTranslation("consultation.round.agreement")));
            agreement.setItems(agreements);
            agreement.setItemLabelGenerator(AgreementRef::title);
            binder.forField(agreement).asRequired(getTranslation("jakarta.validation.constraints.NotNull.message"))
                    .withConverter(a -> a == null ? null : a.id(),
                            id -> agreements.stream().filter(a -> Objects.equals(a.id(), id)).findFirst().orElse(null))
                    .bind("agreementId");
            form.add(agreement, 2);
        }
        TextField title = field("title", new TextField(getTranslation("consultation.round.title")));
        title.setMaxLength(RoundDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        RadioButtonGroup<RoundSubject> subject = field("subject", new RadioButtonGroup<>());
        subject.setLabel(getTranslation("consultation.round.subject"));
        subject.setItems(RoundSubject.values());
        subject.setItemLabelGenerator(s -> getTranslation("consultation.subject." + s.name()));
        TextField sentBy = field("sentBy", new TextField(getTranslation("consultation.round.sentBy")));
        sentBy.setMaxLength(RoundDraft.SENT_BY_MAX);
        sentBy.setRequiredIndicatorVisible(true);
        TextField diary = field("diaryNumber", new TextField(getTranslation("consultation.round.diaryNumber")));
        diary.setMaxLength(RoundDraft.DIARY_MAX);
        DatePicker sentOn = field("sentOn",
                ComponentTexts.localized(new DatePicker(getTranslation("consultation.round.sentOn"))));
        DatePicker dueOn = field("dueOn",
                ComponentTexts.localized(new DatePicker(getTranslation("consultation.round.dueOn"))));
        sentOn.setLocale(getLocale());
        dueOn.setLocale(getLocale());
        RadioButtonGroup<RoundStatus> status = field("status", new RadioButtonGroup<>());
        status.setLabel(getTranslation("consultation.round.status"));
        status.setItems(RoundStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("consultation.roundStatus." + s.name()));
        List<OrganisationRef> organisations = organisationService.findOrganisations();
        Map<Long, OrganisationRef> byId = organisations.stream()
                .collect(Collectors.toMap(OrganisationRef::id, o -> o));
        MultiSelectComboBox<OrganisationRef> bodies = field("bodyIds",
                new MultiSelectComboBox<>(getTranslation("consultation.round.bodies")));
        bodies.setItems(organisations);
        bodies.setItemLabelGenerator(OrganisationRef::name);
        bodies.setRequiredIndicatorVisible(true);
        TextArea description = field("description", new TextArea(getTranslation("consultation.round.description")));
        description.setMaxLength(RoundDraft.TEXT_MAX);

        binder.forField(title).bind("title");
        binder.forField(subject).bind("subject");
        binder.forField(sentBy).bind("sentBy");
        binder.forField(diary).bind("diaryNumber");
        binder.forField(sentOn).bind("sentOn");
        binder.forField(dueOn).bind("dueOn");
        binder.forField(status).bind("status");
        binder.forField(description).bind("description");
        binder.forField(bodies).withConverter(
                set -> set.stream().map(OrganisationRef::id).collect(Collectors.<Long, Set<Long>>toCollection(
                        LinkedHashSet::new)),
                ids -> ids.stream().map(byId::get).filter(Objects::nonNull).collect(Collectors.toSet()))
                .bind(RoundDraft::getBodyIds, RoundDraft::setBodyIds);
        binder.readBean(draft);

        form.add(title, 2);
        form.add(subject, sentBy, diary, sentOn, dueOn, status);
        form.add(bodies, 2);
        form.add(description, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), click -> {
            if (!binder.writeBeanIfValid(draft)) {
                binder.validate();
                return;
            }
            long[] id = { roundId == null ? 0 : roundId };
            if (ServiceErrors.attempt(this, fields, () -> {
                if (roundId == null) {
                    id[0] = service.createRound(draft);
                } else {
                    service.updateRound(roundId, draft);
                }
            })) {
                close();
                afterSave.accept(id[0]);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(44rem, 100vw)");
    }

    private <F extends HasValidation> F field(String name, F field) {
        fields.put(name, field);
        return field;
    }
}
