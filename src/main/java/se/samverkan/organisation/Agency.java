package se.samverkan.organisation;

/** The agency an organisation belongs to. The UI names each through {@code agency.<NAME>}. */
public enum Agency {
    CITY, POLICE, OTHER
}
