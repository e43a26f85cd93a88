package se.samverkan.followup.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.followup.FollowUpDetails;
import se.samverkan.followup.MeetingService;
import se.samverkan.followup.MinutesDraft;

/** Writes or changes the minutes and outcome of a held follow-up. */
class MinutesDialog extends Dialog {

    MinutesDialog(FollowUpDetails followUp, MeetingService meetings, Runnable saved) {
        setHeaderTitle(getTranslation("minutes.heading"));
        setWidth("min(48rem, 95vw)");
        TextArea minutes = new TextArea(getTranslation("minutes.text"));
        minutes.setWidthFull();
        minutes.setMinHeight("12rem");
        TextArea outcome = new TextArea(getTranslation("minutes.outcome"));
        outcome.setWidthFull();

        MinutesDraft draft = new MinutesDraft();
        draft.setMinutes(followUp.minutes());
        draft.setOutcome(followUp.outcome());
        draft.setVersion(followUp.version());
        BeanValidationBinder<MinutesDraft> binder = new BeanValidationBinder<>(MinutesDraft.class);
        binder.forField(minutes).bind("minutes");
        binder.forField(outcome).bind("outcome");
        binder.setBean(draft);

        Button save = new Button(getTranslation("form.save"), click -> {
            if (binder.validate().isOk() && ServiceErrors.attempt(this, Map.of("minutes", minutes,
                    "outcome", outcome), () -> meetings.saveMinutes(followUp.id(), draft))) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(minutes, outcome);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), save);
        minutes.focus();
    }
}
