package se.samverkan.base.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.spring.security.AuthenticationContext;

import se.samverkan.base.security.CurrentUser;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.security.UserPreferences;

/**
 * The frame around every signed-in view: a skip link, navigation, the signed-in user, the language switch and
 * sign-out. Focus after navigation and Vaadin's own texts are set up for every page by {@link PageSetup}.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, UserPreferences preferences, List<NavigationContributor> contributors,
            AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        SignedInUser user = currentUser.require();

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));

        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        Span organisation = new Span(user.organisationName());
        organisation.addClassName("user-organisation");
        Div who = new Div(name, organisation);
        who.addClassName("signed-in-user");

        LanguageSwitch language = new LanguageSwitch(getLocale(), locale -> {
            preferences.saveLanguage(locale.getLanguage());
            LocaleSupport.choose(locale);
        });
        Button logout = new Button(getTranslation("nav.logout"), UiIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(who, language, logout);
        bar.addClassName("navbar-end");
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        // the skip link comes first: the navbar precedes the drawer and the content in the tab order
        addToNavbar(new SkipLink(), toggle, bar);
        setI18n(ComponentTexts.appLayout(getLocale()));

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.setI18n(ComponentTexts.sideNav(getLocale()));
        contributors.stream().flatMap(contributor -> contributor.entries(user).stream())
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.labelKey()), entry.path(),
                        entry.icon().create())));
        addToDrawer(appName, nav);
    }
}
