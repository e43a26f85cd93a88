package se.samverkan.base.security;

/** Saves the signed-in user's own preferences, for shared code that must not depend on the accounts feature. */
public interface UserPreferences {

    /** The language ("sv" or "en") the user's next sessions start in. */
    void saveLanguage(String language);
}
