package se.samverkan.followup.ui;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;

import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AreaOverview;
import se.samverkan.followup.EditScope;
import se.samverkan.followup.FollowUpDraft;
import se.samverkan.followup.FollowUpKind;
import se.samverkan.followup.FollowUpService;
import se.samverkan.followup.Recurrence;
import se.samverkan.organisation.OrganisationRef;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.PersonRef;

/**
 * The fields of a follow-up: agreement (on creation), title, kind, date and time, place or meeting link, reporting
 * deadline (following the date until changed), areas, participants, notes; on creation how it repeats, on editing a
 * series occurrence whether the change is for the rest of the series too.
 */
class FollowUpForm extends Composite<FormLayout> {

    private final FollowUpService followUps;
    private final FollowUpDraft draft;
    private final BeanValidationBinder<FollowUpDraft> binder = new BeanValidationBinder<>(FollowUpDraft.class);
    private final ComboBox<AgreementRef> agreement = new ComboBox<>();
    private final TextField title = new TextField();
    private final ComboBox<FollowUpKind> kind = new ComboBox<>();
    private final DatePicker date;
    private final TimePicker startTime;
    private final IntegerField duration = new IntegerField();
    private final TextField place = new TextField();
    private final TextField meetingUrl = new TextField();
    private final DatePicker deadline;
    private final MultiSelectComboBox<AreaOverview> areas = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<OrganisationRef> organisationsField = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<PersonRef> people = new MultiSelectComboBox<>();
    private final TextArea notes = new TextArea();
    private final ComboBox<Recurrence> recurrence = new ComboBox<>();
    private final DatePicker repeatUntil;
    private final DateListField dates;
    private final RadioButtonGroup<EditScope> scope = new RadioButtonGroup<>();

    FollowUpForm(FollowUpService followUps, OrganisationService organisations, FollowUpDraft draft, boolean creating,
            boolean inSeries) {
        this.followUps = followUps;
        this.draft = draft;
        date = Pickers.date(this, "followUp.date");
        startTime = Pickers.time(this, "followUp.startTime");
        deadline = Pickers.date(this, "followUp.reportDeadline");
        repeatUntil = Pickers.date(this, "followUp.repeatUntil");
        dates = new DateListField(getTranslation("followUp.dates"));
        label();

        agreement.setItems(followUps.manageableAgreements());
        agreement.setItemLabelGenerator(AgreementRef::title);
        agreement.setReadOnly(!creating);
        agreement.addValueChangeListener(change -> loadAreas(change.getValue()));
        kind.setItems(FollowUpKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("followUp.kind." + k.name()));
        duration.setMin(15);
        duration.setMax(720);
        duration.setStep(15);
        duration.setStepButtonsVisible(true);
        meetingUrl.setHelperText(getTranslation("followUp.meetingUrl.helper"));
        deadline.setHelperText(getTranslation("followUp.reportDeadline.helper"));
        date.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null
                    && Objects.equals(deadline.getValue(), change.getOldValue() == null ? null
                            : followUps.defaultDeadline(change.getOldValue()))) {
                deadline.setValue(followUps.defaultDeadline(change.getValue()));
            }
        });
        areas.setItemLabelGenerator(a -> a.position() + ". " + a.title());
        areas.setHelperText(getTranslation("followUp.areas.helper"));
        organisationsField.setItems(organisations.findOrganisations());
        organisationsField.setItemLabelGenerator(OrganisationRef::name);
        people.setItems(query -> organisations.findPeople(query.getFilter().orElse(""), null, true,
                query.getOffset(), query.getLimit()).stream());
        people.setItemLabelGenerator(p -> p.displayName() + " (" + p.organisationName() + ")");
        recurrence.setItems(Recurrence.values());
        recurrence.setItemLabelGenerator(r -> getTranslation("recurrence." + r.name()));
        recurrence.addValueChangeListener(change -> showRecurrence(change.getValue()));
        scope.setItems(EditScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("editScope.edit." + s.name()));
        scope.setValue(EditScope.ONE);

        // Bean Validation's @NotBlank does not show the indicator by itself
        title.setRequiredIndicatorVisible(true);
        bind(organisations);
        FormLayout form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.add(agreement, 2);
        form.add(title, 2);
        form.add(kind, date, startTime, duration, deadline, place);
        form.add(meetingUrl, 2);
        form.add(areas, 2);
        form.add(organisationsField, 2);
        form.add(people, 2);
        form.add(notes, 2);
        if (creating) {
            form.add(recurrence, repeatUntil);
            form.add(dates, 2);
        } else if (inSeries) {
            form.add(scope, 2);
        }
        binder.readBean(draft);
        loadAreas(agreement.getValue());
        showRecurrence(recurrence.getValue());
    }

    private void label() {
        agreement.setLabel(getTranslation("followUp.agreement"));
        title.setLabel(getTranslation("followUp.title"));
        kind.setLabel(getTranslation("followUp.kind"));
        duration.setLabel(getTranslation("followUp.duration"));
        place.setLabel(getTranslation("followUp.place"));
        meetingUrl.setLabel(getTranslation("followUp.meetingUrl"));
        areas.setLabel(getTranslation("followUp.areas"));
        organisationsField.setLabel(getTranslation("followUp.organisations"));
        people.setLabel(getTranslation("followUp.people"));
        notes.setLabel(getTranslation("followUp.notes"));
        recurrence.setLabel(getTranslation("followUp.recurrence"));
        scope.setLabel(getTranslation("editScope.label"));
    }

    private void bind(OrganisationService organisations) {
        binder.forField(agreement).withConverter(Converter.<AgreementRef, Long>from(
                a -> Result.ok(a == null ? null : a.id()),
                id -> id == null ? null : agreement.getListDataView().getItems().filter(a -> a.id() == id)
                        .findFirst().orElse(null))).bind("agreementId");
        binder.forField(title).bind("title");
        binder.forField(kind).bind("kind");
        binder.forField(date).bind("date");
        binder.forField(startTime).bind("startTime");
        binder.forField(duration).bind("durationMinutes");
        binder.forField(place).bind("place");
        binder.forField(meetingUrl).bind("meetingUrl");
        binder.forField(deadline).bind("reportDeadline");
        binder.forField(notes).bind("notes");
        binder.forField(areas).withConverter(Converter.<Set<AreaOverview>, Set<Long>>from(
                set -> Result.ok(set.stream().map(AreaOverview::id).collect(Collectors.toCollection(LinkedHashSet::new))),
                ids -> areaItems().stream().filter(a -> ids.contains(a.id()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)))).bind("areaIds");
        binder.forField(organisationsField).withConverter(Converter.<Set<OrganisationRef>, Set<Long>>from(
                set -> Result.ok(set.stream().map(OrganisationRef::id)
                        .collect(Collectors.toCollection(LinkedHashSet::new))),
                ids -> organisationsField.getListDataView().getItems().filter(o -> ids.contains(o.id()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)))).bind("organisationIds");
        binder.forField(people).withConverter(Converter.<Set<PersonRef>, Set<Long>>from(
                set -> Result.ok(set.stream().map(PersonRef::id).collect(Collectors.toCollection(LinkedHashSet::new))),
                ids -> ids.stream().map(organisations::findPerson).flatMap(java.util.Optional::stream)
                        .collect(Collectors.toCollection(LinkedHashSet::new)))).bind("personIds");
        binder.forField(recurrence).bind("recurrence");
        binder.forField(repeatUntil).bind("repeatUntil");
        binder.forField(dates).bind("dates");
    }

    private java.util.List<AreaOverview> areaItems() {
        return agreement.getValue() == null ? java.util.List.of() : followUps.areasOf(agreement.getValue().id());
    }

    private void loadAreas(AgreementRef selected) {
        Set<Long> kept = areas.getValue().stream().map(AreaOverview::id).collect(Collectors.toSet());
        java.util.List<AreaOverview> items = selected == null ? java.util.List.of()
                : followUps.areasOf(selected.id());
        areas.setItems(items);
        areas.setValue(items.stream().filter(a -> kept.contains(a.id())).collect(Collectors.toSet()));
    }

    private void showRecurrence(Recurrence value) {
        repeatUntil.setVisible(value != null && value != Recurrence.NONE && value != Recurrence.DATES);
        dates.setVisible(value == Recurrence.DATES);
    }

    /** Writes the fields into the draft; false (with the problems shown) when a field is not valid. */
    boolean writeDraft() {
        return binder.writeBeanIfValid(draft);
    }

    FollowUpDraft draft() {
        return draft;
    }

    EditScope scope() {
        return scope.getValue();
    }

    /** The fields by the service's names, for showing its refusals. */
    Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("agreementId", agreement), Map.entry("title", title), Map.entry("kind", kind),
                Map.entry("date", date), Map.entry("startTime", startTime), Map.entry("durationMinutes", duration),
                Map.entry("place", place), Map.entry("meetingUrl", meetingUrl),
                Map.entry("reportDeadline", deadline), Map.entry("notes", notes), Map.entry("areaIds", areas),
                Map.entry("organisationIds", organisationsField), Map.entry("personIds", people),
                Map.entry("recurrence", recurrence), Map.entry("repeatUntil", repeatUntil),
                Map.entry("dates", dates));
    }

    void focus() {
        if (agreement.isReadOnly()) {
            title.focus();
        } else {
            agreement.focus();
        }
    }
}
