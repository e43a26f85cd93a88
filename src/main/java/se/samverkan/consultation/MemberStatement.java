package se.samverkan.consultation;

/** A statement by members: its kind, the parties or members behind it, and its text. */
public record MemberStatement(StatementKind kind, String members, String text) {
}
