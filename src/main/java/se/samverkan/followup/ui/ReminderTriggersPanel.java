package se.samverkan.followup.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import se.samverkan.base.ui.Formats;
import se.samverkan.followup.FollowUpDetails;
import se.samverkan.followup.ScheduledReminder;

/** The follow-up's reminders waiting in the scheduler: what goes out when. */
class ReminderTriggersPanel extends Composite<Div> {

    ReminderTriggersPanel(FollowUpDetails followUp, List<ScheduledReminder> reminders, ZoneId zone) {
        Div content = getContent();
        content.addClassName("reminder-triggers");
        content.add(new Paragraph(getTranslation("reminders.explained", Formats.date(followUp.reportDeadline()))));
        if (reminders.isEmpty()) {
            content.add(new Paragraph(getTranslation("reminders.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ScheduledReminder reminder : reminders) {
            list.add(new ListItem(getTranslation("reminders.trigger",
                    getTranslation("reminder.kind." + reminder.kind().name()),
                    FollowUpFormats.instant(reminder.firesAt(), zone))));
        }
        list.addClassName("trigger-list");
        content.add(list);
    }
}
