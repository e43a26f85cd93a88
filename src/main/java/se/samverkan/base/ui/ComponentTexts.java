package se.samverkan.base.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Vaadin's own texts in the user's language, from the {@code vaadin.*} keys of {@code i18n/ui_*.properties} (month
 * and weekday names from Java's locale data). Two ways in:
 * <ul>
 * <li>{@link #clientDefaults(Locale)}: every page starts with these as the components' defaults ({@link PageSetup}),
 * so a component nobody configured still speaks the page's language — the password field's "Show password", the
 * upload's "Drop files here", the menu bar's "More options", the date picker's month names and so on;</li>
 * <li>the factory methods, for the component's own {@code setI18n}: where a component needs more than texts (the date
 * picker's ISO format and Monday first) or a field's own error messages, e.g.
 * {@code dueDate.setI18n(ComponentTexts.datePicker(getLocale()))}.</li>
 * </ul>
 */
public final class ComponentTexts {

    /** Dates are shown as 2026-11-29 everywhere ({@link Formats#date}); the date picker reads and writes the same. */
    public static final String DATE_FORMAT = "yyyy-MM-dd";

    private ComponentTexts() {
    }

    /** A date picker in the user's language: month and day names, Monday first, dates as 2026-11-29. */
    public static DatePicker.DatePickerI18n datePicker(Locale locale) {
        ResourceBundle texts = TranslationProvider.bundle(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(monthNames(locale))
                .setWeekdays(weekdays(locale, TextStyle.FULL))
                .setWeekdaysShort(weekdays(locale, TextStyle.SHORT))
                .setFirstDayOfWeek(1)
                .setDateFormat(DATE_FORMAT)
                .setToday(texts.getString("vaadin.datePicker.today"))
                .setCancel(texts.getString("vaadin.datePicker.cancel"))
                .setBadInputErrorMessage(texts.getString("vaadin.datePicker.badInput"))
                .setRequiredErrorMessage(texts.getString("vaadin.datePicker.required"))
                .setMinErrorMessage(texts.getString("vaadin.datePicker.min"))
                .setMaxErrorMessage(texts.getString("vaadin.datePicker.max"));
    }

    /**
     * {@code picker} in one of the app's languages, set up with {@link #datePicker}: in English too it reads and writes
     * dates as 2026-11-29, as every text of the app shows them (the web component's own English format is 11/29/2026).
     */
    public static DatePicker localized(DatePicker picker) {
        picker.setLocale(TranslationProvider.supported(picker.getLocale()));
        picker.setI18n(datePicker(picker.getLocale()));
        return picker;
    }

    /** An upload's buttons, drop hint, progress and error texts in the user's language. */
    public static UploadI18N upload(Locale locale) {
        ResourceBundle texts = TranslationProvider.bundle(locale);
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(texts.getString("vaadin.upload.dropFiles.one"))
                .setMany(texts.getString("vaadin.upload.dropFiles.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(texts.getString("vaadin.upload.addFiles.one"))
                .setMany(texts.getString("vaadin.upload.addFiles.many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(texts.getString("vaadin.upload.error.tooManyFiles"))
                .setFileIsTooBig(texts.getString("vaadin.upload.error.fileIsTooBig"))
                .setIncorrectFileType(texts.getString("vaadin.upload.error.incorrectFileType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(texts.getString("vaadin.upload.status.connecting"))
                        .setStalled(texts.getString("vaadin.upload.status.stalled"))
                        .setProcessing(texts.getString("vaadin.upload.status.processing"))
                        .setHeld(texts.getString("vaadin.upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(texts.getString("vaadin.upload.remainingTime.prefix"))
                        .setUnknown(texts.getString("vaadin.upload.remainingTime.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(texts.getString("vaadin.upload.uploadError.serverUnavailable"))
                        .setUnexpectedServerError(texts.getString("vaadin.upload.uploadError.unexpectedServerError"))
                        .setForbidden(texts.getString("vaadin.upload.uploadError.forbidden"))
                        .setFileTooLarge(texts.getString("vaadin.upload.uploadError.fileTooLarge"))));
        i18n.setFile(new UploadI18N.File().setRetry(texts.getString("vaadin.upload.file.retry"))
                .setStart(texts.getString("vaadin.upload.file.start"))
                .setRemove(texts.getString("vaadin.upload.file.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }

    public static MenuBar.MenuBarI18n menuBar(Locale locale) {
        return new MenuBar.MenuBarI18n().setMoreOptions(text(locale, "vaadin.menuBar.moreOptions"));
    }

    public static SideNav.SideNavI18n sideNav(Locale locale) {
        return new SideNav.SideNavI18n().setToggle(text(locale, "vaadin.sideNav.toggle"));
    }

    public static AppLayout.AppLayoutI18n appLayout(Locale locale) {
        return new AppLayout.AppLayoutI18n().setDrawer(text(locale, "vaadin.appLayout.drawer"));
    }

    public static MultiSelectComboBoxI18n multiSelectComboBox(Locale locale) {
        ResourceBundle texts = TranslationProvider.bundle(locale);
        return new MultiSelectComboBoxI18n().setCleared(texts.getString("vaadin.multiSelect.cleared"))
                .setFocused(texts.getString("vaadin.multiSelect.focused"))
                .setSelected(texts.getString("vaadin.multiSelect.selected"))
                .setDeselected(texts.getString("vaadin.multiSelect.deselected"))
                .setTotal(texts.getString("vaadin.multiSelect.total"));
    }

    /** A plain "Stäng" / "Close" button for a dialog or a lasting notification. */
    public static Button closeButton(Locale locale, Runnable onClose) {
        Button close = new Button(text(locale, "page.close"), click -> onClose.run());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return close;
    }

    /**
     * The defaults every page gives Vaadin's web components, by element name, in the shape of each component's
     * {@code i18n} property; and the connection indicator's three texts under {@code connection}.
     */
    public static Map<String, Object> clientDefaults(Locale locale) {
        ResourceBundle texts = TranslationProvider.bundle(locale);
        Map<String, Object> datePicker = new LinkedHashMap<>();
        datePicker.put("monthNames", monthNames(locale));
        datePicker.put("weekdays", weekdays(locale, TextStyle.FULL));
        datePicker.put("weekdaysShort", weekdays(locale, TextStyle.SHORT));
        datePicker.put("firstDayOfWeek", 1);
        datePicker.put("today", texts.getString("vaadin.datePicker.today"));
        datePicker.put("cancel", texts.getString("vaadin.datePicker.cancel"));

        Map<String, Object> uploadErrors = Map.of(
                "tooManyFiles", texts.getString("vaadin.upload.error.tooManyFiles"),
                "fileIsTooBig", texts.getString("vaadin.upload.error.fileIsTooBig"),
                "incorrectFileType", texts.getString("vaadin.upload.error.incorrectFileType"));
        Map<String, Object> uploading = Map.of(
                "status", Map.of("connecting", texts.getString("vaadin.upload.status.connecting"),
                        "stalled", texts.getString("vaadin.upload.status.stalled"),
                        "processing", texts.getString("vaadin.upload.status.processing"),
                        "held", texts.getString("vaadin.upload.status.held")),
                "remainingTime", Map.of("prefix", texts.getString("vaadin.upload.remainingTime.prefix"),
                        "unknown", texts.getString("vaadin.upload.remainingTime.unknown")),
                "error", Map.of("serverUnavailable", texts.getString("vaadin.upload.uploadError.serverUnavailable"),
                        "unexpectedServerError",
                        texts.getString("vaadin.upload.uploadError.unexpectedServerError"),
                        "forbidden", texts.getString("vaadin.upload.uploadError.forbidden"),
                        "fileTooLarge", texts.getString("vaadin.upload.uploadError.fileTooLarge")));
        Map<String, Object> file = Map.of("retry", texts.getString("vaadin.upload.file.retry"),
                "start", texts.getString("vaadin.upload.file.start"),
                "remove", texts.getString("vaadin.upload.file.remove"));
        Map<String, Object> fileList = Map.of("file", file, "error", uploadErrors, "uploading", uploading);
        Map<String, Object> upload = new LinkedHashMap<>(fileList);
        upload.put("dropFiles", Map.of("one", texts.getString("vaadin.upload.dropFiles.one"),
                "many", texts.getString("vaadin.upload.dropFiles.many")));
        upload.put("addFiles", Map.of("one", texts.getString("vaadin.upload.addFiles.one"),
                "many", texts.getString("vaadin.upload.addFiles.many")));

        Map<String, Object> components = new LinkedHashMap<>();
        components.put("vaadin-date-picker", datePicker);
        components.put("vaadin-date-time-picker", datePicker);
        components.put("vaadin-upload", upload);
        components.put("vaadin-upload-file-list", fileList);
        components.put("vaadin-password-field", Map.of("reveal", texts.getString("vaadin.passwordField.reveal")));
        components.put("vaadin-app-layout", Map.of("drawer", texts.getString("vaadin.appLayout.drawer")));
        components.put("vaadin-side-nav-item", Map.of("toggle", texts.getString("vaadin.sideNav.toggle")));
        components.put("vaadin-menu-bar", Map.of("moreOptions", texts.getString("vaadin.menuBar.moreOptions")));
        components.put("vaadin-breadcrumbs", Map.of("moreItems", texts.getString("vaadin.breadcrumbs.moreItems")));
        components.put("vaadin-avatar", Map.of("anonymous", texts.getString("vaadin.avatar.anonymous")));
        components.put("vaadin-avatar-group", Map.of("anonymous", texts.getString("vaadin.avatar.anonymous")));
        components.put("vaadin-multi-select-combo-box", Map.of(
                "cleared", texts.getString("vaadin.multiSelect.cleared"),
                "focused", texts.getString("vaadin.multiSelect.focused"),
                "selected", texts.getString("vaadin.multiSelect.selected"),
                "deselected", texts.getString("vaadin.multiSelect.deselected"),
                "total", texts.getString("vaadin.multiSelect.total")));
        components.put("vaadin-message-input", Map.of("send", texts.getString("vaadin.messageInput.send"),
                "message", texts.getString("vaadin.messageInput.message")));

        return Map.of("components", components, "connection", connection(locale));
    }

    /** The connection indicator's texts: {@code online}, {@code offline} and {@code reconnecting}. */
    public static Map<String, String> connection(Locale locale) {
        ResourceBundle texts = TranslationProvider.bundle(locale);
        return Map.of("online", texts.getString("vaadin.connection.online"),
                "offline", texts.getString("vaadin.connection.offline"),
                "reconnecting", texts.getString("vaadin.connection.reconnecting"));
    }

    static List<String> monthNames(Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        return Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, supported))
                .toList();
    }

    /** Sunday first, as Vaadin's i18n objects expect whatever the first day of the week. */
    static List<String> weekdays(Locale locale, TextStyle style) {
        Locale supported = TranslationProvider.supported(locale);
        return java.util.stream.Stream.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)
                .map(day -> day.getDisplayName(style, supported)).toList();
    }

    private static String text(Locale locale, String key) {
        return TranslationProvider.bundle(locale).getString(key);
    }
}
