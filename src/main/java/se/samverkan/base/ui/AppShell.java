package se.samverkan.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view, and the installable web app: Vaadin serves the manifest, the icons (made at build time
 * from {@code META-INF/resources/icons/icon.png}, drawn in {@code src/main/icons}), the service worker
 * ({@code frontend/sw.ts}) and the offline page ({@code META-INF/resources/offline.html}).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/samverkan.css")
@Meta(name = "color-scheme", content = "light")
@PWA(name = AppShell.NAME, shortName = AppShell.NAME, description = AppShell.DESCRIPTION,
        themeColor = AppShell.THEME_COLOR, backgroundColor = "#ffffff", offlinePath = AppShell.OFFLINE_PATH)
public class AppShell implements AppShellConfigurator {

    static final String NAME = "Samverkan";
    /** The Swedish {@code login.tagline} (a test keeps them equal): annotations take constants only. */
    static final String DESCRIPTION = "Uppföljning av samverkan mellan staden och polisen";
    static final String THEME_COLOR = "#0b3d91";
    static final String OFFLINE_PATH = "offline.html";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Samverkan");
    }
}
