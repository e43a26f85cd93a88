package se.samverkan.actionplan.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import se.samverkan.audit.AuditEntry;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;

/** The History tab: every change to the item, newest first, each field before and after; more on request. */
class ItemHistory extends Div {

    private static final int PAGE = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AuditService audit;
    private final long itemId;
    private final UnorderedList list = new UnorderedList();
    private final Button more = new Button();
    private int shown;

    ItemHistory(AuditService audit, long itemId) {
        this.audit = audit;
        this.itemId = itemId;
        addClassName("item-history");
        list.addClassName("timeline");
        more.setText(getTranslation("history.more"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> loadMore());
        add(list, more);
        loadMore();
        if (shown == 0) {
            add(new Paragraph(getTranslation("history.empty")));
        }
    }

    private void loadMore() {
        List<AuditEntry> entries = audit.historyOfActionItem(itemId, shown, PAGE);
        entries.forEach(entry -> list.add(entry(entry)));
        shown += entries.size();
        more.setVisible(entries.size() == PAGE);
    }

    private ListItem entry(AuditEntry entry) {
        Span heading = new Span(WHEN.format(entry.occurredAt()) + " · " + entry.actor() + " · "
                + getTranslation("audit.action." + entry.action()));
        heading.addClassName("report-heading");
        ListItem item = new ListItem(heading);
        item.addClassName("history-entry");
        if (!"ACTION_ITEM".equals(entry.entityType()) && entry.entityLabel() != null) {
            item.add(new Span(" – " + entry.entityLabel()));
        }
        if (!entry.changes().isEmpty()) {
            UnorderedList changes = new UnorderedList();
            changes.addClassName("changes");
            for (AuditRecord.Change change : entry.changes()) {
                changes.add(new ListItem(new Span(getTranslation(change.field()) + ": "),
                        value(change, change.before(), "history.before"), new Span(" → "),
                        value(change, change.after(), "history.after")));
            }
            item.add(changes);
        }
        return item;
    }

    private Span value(AuditRecord.Change change, String value, String labelKey) {
        String text = value == null ? getTranslation("history.empty.value")
                : change.valueKeyPrefix() == null ? value : getTranslation(change.valueKeyPrefix() + value);
        // the words "before" and "after" for screen readers; the arrow says it to the eye
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("sr-only");
        Span span = new Span(label, new Span(text));
        span.addClassName(labelKey.equals("history.before") ? "before" : "after");
        return span;
    }
}
