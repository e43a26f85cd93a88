package se.samverkan.base.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * A button that offers the other language, labelled in that language ("In English" / "På svenska") and marked
 * with its {@code lang}, so that screen readers pronounce it right.
 */
public class LanguageSwitch extends Button {

    public LanguageSwitch(Locale current, Consumer<Locale> onChoose) {
        boolean swedish = TranslationProvider.SWEDISH.equals(TranslationProvider.supported(current));
        Locale other = swedish ? TranslationProvider.ENGLISH : TranslationProvider.SWEDISH;
        // the bundle of the current language names the other one in that other language
        setText(getTranslation(current, "language.other"));
        getElement().setAttribute("lang", other.getLanguage());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("language-switch");
        addClickListener(click -> onChoose.accept(other));
    }
}
