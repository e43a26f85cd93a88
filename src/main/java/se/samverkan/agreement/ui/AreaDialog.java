package se.samverkan.agreement.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;

import jakarta.validation.constraints.NotBlank;
import se.samverkan.agreement.AreaDraft;
import se.samverkan.agreement.AreaService;
import se.samverkan.base.ui.ServiceErrors;

/** Adds a prioritized area to an agreement (it comes last) or edits one's title and description. */
class AreaDialog extends Dialog {

    private final BeanValidationBinder<AreaDraft> binder = new BeanValidationBinder<>(AreaDraft.class);
    {
        // a required text is marked as such too, not only required values
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation.annotationType() == NotBlank.class));
    }
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();

    /**
     * @param areaId the area, or {@code null} for a new one in the agreement
     * @param saved  called after a successful save
     */
    AreaDialog(AreaService areas, long agreementId, Long areaId, AreaDraft draft, Runnable saved) {
        setHeaderTitle(getTranslation(areaId == null ? "areas.new" : "areas.edit"));
        title.setLabel(getTranslation("area.title"));
        title.setMaxLength(AreaDraft.TITLE_MAX);
        description.setLabel(getTranslation("area.description"));
        description.setMaxLength(AreaDraft.DESCRIPTION_MAX);
        binder.forField(title).bind("title");
        binder.forField(description).bind("description");
        binder.readBean(draft);
        FormLayout form = new FormLayout(title, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        setWidth("min(40rem, 100%)");

        Button save = new Button(getTranslation("common.save"), click -> {
            if (binder.writeBeanIfValid(draft) && ServiceErrors.attempt(this,
                    Map.of("title", title, "description", description), () -> {
                        if (areaId == null) {
                            areas.createArea(agreementId, draft);
                        } else {
                            areas.updateArea(areaId, draft);
                        }
                    })) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                title.focus();
            }
        });
    }
}
