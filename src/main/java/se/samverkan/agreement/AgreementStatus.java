package se.samverkan.agreement;

public enum AgreementStatus {
    DRAFT, IN_CONSULTATION, ADOPTED, EXPIRED
}
