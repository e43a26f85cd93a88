package se.samverkan.followup.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.followup.CalendarService;
import se.samverkan.followup.FollowUpService;
import se.samverkan.followup.ReminderMode;
import se.samverkan.followup.ReminderPreference;
import se.samverkan.followup.ReminderService;

/** The signed-in user's own settings: single reminder mails or a weekly digest, and their calendar feed. */
@Route(ReminderSettingsView.ROUTE)
@PermitAll
@StyleSheet("context://styles/followup.css")
public class ReminderSettingsView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "profile/reminders";

    private final ReminderService reminders;
    private final RadioButtonGroup<ReminderMode> mode = new RadioButtonGroup<>();
    private ReminderPreference preference;

    public ReminderSettingsView(ReminderService reminders, CalendarService calendars, FollowUpService followUps) {
        this.reminders = reminders;
        addClassNames("page", "settings-page");
        preference = reminders.myPreference();

        mode.setLabel(getTranslation("reminders.mode"));
        mode.setItems(ReminderMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("reminders.mode." + m.name() + ".long"));
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.setValue(preference.mode());
        Button save = new Button(getTranslation("form.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H1(getTranslation("settings.heading")), new H2(getTranslation("settings.reminders")),
                new Paragraph(getTranslation("settings.reminders.explained")), mode, save,
                new H2(getTranslation("calendar.heading")), new CalendarFeedPanel(calendars, followUps.timeZone()));
    }

    private void save() {
        if (ServiceErrors.attempt(this, Map.of("mode", mode),
                () -> reminders.saveMyPreference(mode.getValue(), preference))) {
            preference = reminders.myPreference();
            ServiceErrors.notice(this, getTranslation("settings.saved"), NotificationVariant.LUMO_SUCCESS);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.heading") + " – " + getTranslation("app.name");
    }
}
