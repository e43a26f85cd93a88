package se.samverkan.actionplan;

import java.util.Locale;

/** A target group with its name in both languages. */
public record TargetGroupRef(long id, String nameSv, String nameEn, int position, boolean active, int version) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameSv;
    }
}
