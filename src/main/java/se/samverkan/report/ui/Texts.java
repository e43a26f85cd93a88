package se.samverkan.report.ui;

import java.util.List;
import java.util.Locale;

import se.samverkan.base.ui.TranslationProvider;
import se.samverkan.report.ReportTexts;

/** The texts a file is written in: the user's language; for reading files back, every language. */
final class Texts {

    private Texts() {
    }

    static ReportTexts of(Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        return new ReportTexts(TranslationProvider.bundle(supported), supported);
    }

    static List<ReportTexts> all() {
        return List.of(of(TranslationProvider.SWEDISH), of(TranslationProvider.ENGLISH));
    }
}
