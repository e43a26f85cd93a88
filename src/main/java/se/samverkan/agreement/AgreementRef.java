package se.samverkan.agreement;

/** A link to an agreement: its id, title and kind. */
public record AgreementRef(long id, String title, AgreementKind kind) {
}
