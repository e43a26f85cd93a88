package se.samverkan.actionplan.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;

import jakarta.validation.constraints.NotBlank;
import se.samverkan.actionplan.TargetGroupDraft;
import se.samverkan.actionplan.TargetGroupService;
import se.samverkan.base.ui.ServiceErrors;

/** Creates a target group or renames and (de)activates one. */
class TargetGroupDialog extends Dialog {

    private final BeanValidationBinder<TargetGroupDraft> binder = new BeanValidationBinder<>(TargetGroupDraft.class);
    {
        // a required text is marked as such too, not only required values
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation.annotationType() == NotBlank.class));
    }
    private final TextField nameSv = new TextField();
    private final TextField nameEn = new TextField();
    private final Checkbox active = new Checkbox();

    /**
     * @param id    the group's id, or {@code null} for a new one
     * @param saved called after a successful save
     */
    TargetGroupDialog(TargetGroupService groups, Long id, TargetGroupDraft draft, Runnable saved) {
        setHeaderTitle(getTranslation(id == null ? "targetGroups.new" : "targetGroups.edit"));
        nameSv.setLabel(getTranslation("targetGroup.nameSv"));
        nameSv.setMaxLength(TargetGroupDraft.NAME_MAX);
        nameSv.getElement().setAttribute("lang", "sv");
        nameEn.setLabel(getTranslation("targetGroup.nameEn"));
        nameEn.setMaxLength(TargetGroupDraft.NAME_MAX);
        nameEn.getElement().setAttribute("lang", "en");
        active.setLabel(getTranslation("targetGroup.active"));
        active.setHelperText(getTranslation("targetGroup.active.help"));
        binder.forField(nameSv).bind("nameSv");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(active).bind("active");
        binder.readBean(draft);

        FormLayout form = new FormLayout(nameSv, nameEn, active);
        form.setColspan(active, 2);
        add(form);

        Button save = new Button(getTranslation("common.save"), click -> {
            if (binder.writeBeanIfValid(draft) && ServiceErrors.attempt(this,
                    Map.of("nameSv", nameSv, "nameEn", nameEn), () -> {
                        if (id == null) {
                            groups.createTargetGroup(draft);
                        } else {
                            groups.updateTargetGroup(id, draft);
                        }
                    })) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                nameSv.focus();
            }
        });
    }
}
