package se.samverkan.agreement;

/** The three layers of agreement: city-wide, local (district board and local police area), citizen promise. */
public enum AgreementKind {
    CITY_WIDE, LOCAL, CITIZEN_PROMISE
}
