package se.samverkan.followup.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.followup.EditScope;
import se.samverkan.followup.FollowUpDetails;
import se.samverkan.followup.FollowUpService;

/** Calls a follow-up off, or it and the rest of its series; its reminders go with it. */
class CancelFollowUpDialog extends Dialog {

    CancelFollowUpDialog(FollowUpDetails followUp, FollowUpService followUps, Runnable cancelled) {
        setHeaderTitle(getTranslation("followUp.cancel.heading"));
        add(new Paragraph(getTranslation("followUp.cancel.explained")));
        RadioButtonGroup<EditScope> scope = new RadioButtonGroup<>(getTranslation("editScope.label"));
        scope.setItems(EditScope.values());
        scope.setItemLabelGenerator(value -> getTranslation("editScope.cancel." + value.name()));
        scope.setValue(EditScope.ONE);
        if (followUp.inSeries()) {
            add(scope);
        }
        Button confirm = new Button(getTranslation("followUp.cancel.confirm"), click -> {
            if (ServiceErrors.attempt(this, Map.of(),
                    () -> followUps.cancel(followUp.id(), followUp.version(), scope.getValue()))) {
                close();
                cancelled.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button keep = new Button(getTranslation("followUp.cancel.keep"), click -> close());
        getFooter().add(keep, confirm);
        keep.focus();
    }
}
