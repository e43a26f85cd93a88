package se.samverkan.followup.ui;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;
import se.samverkan.base.mail.EmbeddedSmtpServer;
import se.samverkan.base.security.Role;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.GridCards;
import se.samverkan.base.ui.RowCard;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.followup.FollowUpService;
import se.samverkan.followup.MailStatus;
import se.samverkan.followup.OutboxFilter;
import se.samverkan.followup.OutboxMail;
import se.samverkan.followup.OutboxService;
import se.samverkan.followup.SendNowResult;
import se.samverkan.base.ui.UiIcon;

/**
 * Utskick / Outbox, for administrators: every reminder mail with its status, attempts and last error; a mail opens
 * as it was rendered (failed ones can be sent again); "send due reminders now" runs the reminder job at once.
 */
@Route(OutboxView.ROUTE)
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("context://styles/followup.css")
public class OutboxView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "admin/outbox";
    /** After "send now", the list refreshes itself this many times, a second apart, to show the mails go out. */
    private static final int POLLS = 15;

    private final OutboxService outbox;
    private final Grid<OutboxMail> grid = new Grid<>();
    private final ComboBox<MailStatus> status = new ComboBox<>();
    private final TextField search = new TextField();
    private Registration polling;
    private int polls;
    private OutboxMail focused;

    public OutboxView(OutboxService outbox, FollowUpService followUps, ObjectProvider<EmbeddedSmtpServer> embedded) {
        this.outbox = outbox;
        addClassNames("page", "list-page");

        status.setLabel(getTranslation("outbox.status"));
        status.setItems(MailStatus.values());
        status.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("outbox.status.all"));
        status.setItemLabelGenerator(s -> getTranslation("outbox.status." + s.name()));
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        search.setLabel(getTranslation("outbox.search"));
        search.setWidthFull();
        search.setMaxWidth("18rem");
        search.setPrefixComponent(UiIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Button sendNow = new Button(getTranslation("outbox.sendNow"), UiIcon.SEND.create(),
                click -> sendNow());
        sendNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button refresh = new Button(getTranslation("outbox.refresh"), UiIcon.REFRESH.create(),
                click -> grid.getDataProvider().refreshAll());
        HorizontalLayout tools = new HorizontalLayout(status, search, sendNow, refresh);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        var zone = followUps.timeZone();
        grid.addColumn(m -> FollowUpFormats.instant(m.createdAt(), zone)).setHeader(getTranslation("outbox.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMail::recipient).setHeader(getTranslation("outbox.recipient")).setWidth("11rem")
                .setFlexGrow(1);
        grid.addColumn(OutboxMail::subject).setHeader(getTranslation("outbox.subject")).setWidth("13rem")
                .setFlexGrow(2);
        grid.addComponentColumn(m -> Formats.status(this, "outbox.status", m.status()))
                .setHeader(getTranslation("outbox.status")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(OutboxMail::attempts).setHeader(getTranslation("outbox.attempts")).setWidth("5rem")
                .setFlexGrow(0);
        grid.addColumn(m -> m.lastError() == null ? "–" : m.lastError()).setHeader(getTranslation("outbox.lastError"))
                .setWidth("9rem");
        grid.addColumn(m -> FollowUpFormats.instant(m.sentAt(), zone)).setHeader(getTranslation("outbox.sentAt"))
                .setAutoWidth(true);
        // narrower than the columns (a phone, a small window): each mail is a card
        GridCards.install(grid, 1000, getTranslation("outbox.heading"),
                m -> new RowCard(new Span(m.subject()))
                        .line(new Span(m.recipient()))
                        .fact(getTranslation("outbox.status"), Formats.status(this, "outbox.status", m.status()))
                        .fact(getTranslation("outbox.created"), FollowUpFormats.instant(m.createdAt(), zone))
                        .fact(getTranslation("outbox.attempts"), String.valueOf(m.attempts())));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("outbox.heading"));
        grid.setItems(query -> outbox.findMails(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> outbox.countMails(filter()));
        grid.addClassNames("fill", "outbox-grid", "clickable-rows");
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addCellFocusListener(focus -> focus.getItem().ifPresent(m -> focused = m));
        com.vaadin.flow.component.Shortcuts.addShortcutListener(grid, () -> {
            if (focused != null) {
                open(focused);
            }
        }, com.vaadin.flow.component.Key.ENTER).listenOn(grid);

        add(new H1(getTranslation("outbox.heading")));
        EmbeddedSmtpServer server = embedded.getIfAvailable();
        if (server != null) {
            Paragraph note = new Paragraph(getTranslation("outbox.embedded", server.host() + ":" + server.port()));
            note.addClassName("outbox-embedded");
            add(note);
        }
        add(tools, grid);
    }

    private OutboxFilter filter() {
        return new OutboxFilter(status.getValue(), search.getValue());
    }

    private void open(OutboxMail mail) {
        outbox.findMail(mail.id()).ifPresent(content -> new MailDialog(content, outbox, () -> {
            grid.getDataProvider().refreshAll();
            startPolling();
        }).open());
    }

    private void sendNow() {
        SendNowResult result = outbox.sendDueRemindersNow();
        ServiceErrors.notice(this, getTranslation("outbox.sent", result.queued(), result.composed()),
                NotificationVariant.LUMO_SUCCESS);
        grid.getDataProvider().refreshAll();
        startPolling();
    }

    /** Refreshes the list for a little while, as the dispatcher sends in the background. */
    private void startPolling() {
        getUI().ifPresent(ui -> {
            polls = 0;
            if (polling == null) {
                polling = ui.addPollListener(poll -> {
                    grid.getDataProvider().refreshAll();
                    if (++polls >= POLLS) {
                        stopPolling(ui);
                    }
                });
            }
            ui.setPollInterval(1000);
        });
    }

    private void stopPolling(UI ui) {
        ui.setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.heading") + " – " + getTranslation("app.name");
    }
}
