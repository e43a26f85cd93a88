package se.samverkan.consultation;

import java.util.Locale;

/** A tag of remarks, with its name in both languages. */
public record TagRef(long id, String nameSv, String nameEn, int position, boolean active) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameSv;
    }
}
