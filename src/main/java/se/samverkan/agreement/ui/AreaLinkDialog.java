package se.samverkan.agreement.ui;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;

import se.samverkan.agreement.AreaLinkService;
import se.samverkan.agreement.AreaLinks;
import se.samverkan.agreement.AreaOverview;
import se.samverkan.base.ui.ServiceErrors;

/** Chooses the city-wide areas one local area contributes to. */
class AreaLinkDialog extends Dialog {

    AreaLinkDialog(AreaLinkService service, AreaLinks links, AreaLinks.LinkedArea area, Runnable afterSave) {
        setHeaderTitle(getTranslation("areaLink.dialog", area.position() + ". " + area.title()));
        CheckboxGroup<AreaOverview> cityAreas = new CheckboxGroup<>(getTranslation("areaLink.cityAreas",
                links.cityWide().title()));
        cityAreas.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        cityAreas.setItems(links.cityAreas());
        cityAreas.setItemLabelGenerator(a -> a.position() + ". " + a.title());
        cityAreas.setValue(links.cityAreas().stream().filter(a -> area.cityAreaIds().contains(a.id()))
                .collect(Collectors.toSet()));
        add(cityAreas);
        Button save = new Button(getTranslation("action.save"), click -> {
            Set<Long> chosen = cityAreas.getValue().stream().map(AreaOverview::id).collect(Collectors.toSet());
            if (ServiceErrors.attempt(this, Map.of("cityAreas", cityAreas),
                    () -> service.setLinks(area.id(), area.version(), chosen))) {
                close();
                afterSave.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(40rem, 100vw)");
    }
}
