package se.samverkan.base.ui;

import com.vaadin.flow.component.icon.SvgIcon;

/**
 * Our own small icons ({@code META-INF/resources/icons/ui.svg}, one request for all). Use these rather than
 * {@code VaadinIcon}: its icon set (600+ icons, ~55 KB compressed) would be part of the bundle that the login page
 * loads, which must stay under 250 KiB on a phone.
 */
public enum UiIcon {
    SEARCH("search"), SIGN_OUT("sign-out"), AGREEMENTS("agreements"), ACCOUNTS("accounts"), PLUS("plus"),
    TRASH("trash"), EDIT("edit"), MY_ITEMS("my-items"), LIST("list"),
    ORGANISATIONS("organisations"), PEOPLE("people"), TAGS("tags"), ARROW_UP("arrow-up"), ARROW_DOWN("arrow-down"),
    CALENDAR("calendar"), CHART("chart"), CONSULTATION("consultation"), DOWNLOAD("download"), UPLOAD("upload"),
    USER("user"), MAIL("mail"), CLOSE("close"), BELL("bell"), BAN("ban"), SEND("send"), REFRESH("refresh"),
    CONSULTATIONS("consultations"), DASHBOARD("dashboard");

    static final String SPRITE = "icons/ui.svg";

    private final String symbol;

    UiIcon(String symbol) {
        this.symbol = symbol;
    }

    public SvgIcon create() {
        return new SvgIcon(SPRITE, symbol);
    }
}
