package se.samverkan.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

import se.samverkan.base.security.ScriptNonces;

import tools.jackson.databind.json.JsonMapper;

/**
 * What every page gets without asking, in its user's language:
 * <ul>
 * <li>the page starts in the right language ({@code <html lang>}) with Vaadin's own texts translated, from the first
 * paint on: a small script ({@code page-setup.js}) is inlined into the page with {@link ComponentTexts#clientDefaults}
 * and makes them the defaults of Vaadin's web components;</li>
 * <li>the connection indicator says "connection lost" and "reconnecting" in that language;</li>
 * <li>after each navigation within the page, focus moves to the new page's main heading, so that a screen reader
 * announces it and Tab continues in the content rather than at the top of the header. The first view of a page
 * load keeps the browser's start, so that the first Tab reaches the {@link SkipLink}.</li>
 * </ul>
 */
@Component
public class PageSetup implements VaadinServiceInitListener {

    private static final String SCRIPT = readScript();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FIRST_VIEW_SHOWN = PageSetup.class.getName() + ".firstViewShown";

    private final LocaleSupport locales;

    PageSetup(LocaleSupport locales) {
        this.locales = locales;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::preparePage);
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Locale locale = locales.localeFor(ui.getSession());
            Map<String, String> connection = ComponentTexts.connection(locale);
            ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
            reconnect.setDialogText(connection.get("reconnecting"));
            reconnect.setDialogTextGaveUp(connection.get("offline"));
            ui.addAfterNavigationListener(navigation -> focusMainHeading(ui));
        });
    }

    private void preparePage(IndexHtmlResponse response) {
        Locale locale = locales.localeFor(VaadinSession.getCurrent());
        Document page = response.getDocument();
        page.getElementsByTag("html").attr("lang", locale.getLanguage());
        page.head().prependChild(new org.jsoup.nodes.Element("script").appendChild(new DataNode(script(locale))));
        // our inline script needs the page's CSP nonce like Vaadin's own (the nonce listener may have run already)
        ScriptNonces.sign(response);
    }

    /** The page script with the texts of one language; {@code <} escaped so that no text can end the script. */
    static String script(Locale locale) {
        String texts = JSON.writeValueAsString(ComponentTexts.clientDefaults(locale)).replace("<", "\\u003c");
        return SCRIPT.replace("})(TEXTS);", "})(" + texts + ");");
    }

    private static void focusMainHeading(UI ui) {
        // the first view of a page load: leave focus where the browser starts, before the skip link
        if (ComponentUtil.getData(ui, FIRST_VIEW_SHOWN) == null) {
            ComponentUtil.setData(ui, FIRST_VIEW_SHOWN, Boolean.TRUE);
            return;
        }
        ui.getPage().executeJs("setTimeout(() => window.Samverkan && window.Samverkan.focusMain())");
    }

    private static String readScript() {
        try (InputStream in = PageSetup.class.getResourceAsStream("page-setup.js")) {
            if (in == null) {
                throw new IllegalStateException("page-setup.js is missing beside PageSetup");
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!script.contains("})(TEXTS);")) {
                throw new IllegalStateException("page-setup.js must end with })(TEXTS);");
            }
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
