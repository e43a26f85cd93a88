package se.samverkan.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/** A statement by members as the answer form edits it. */
public class StatementLine {

    public static final int MEMBERS_MAX = 250;
    public static final int TEXT_MAX = 8000;

    @NotNull
    private StatementKind kind = StatementKind.SPECIAL_STATEMENT;
    @NotBlank
    @Size(max = MEMBERS_MAX)
    @FreeText
    private String members;
    @NotBlank
    @Size(max = TEXT_MAX)
    @FreeText(multiline = true)
    private String text;

    public StatementLine() {
    }

    public StatementLine(StatementKind kind, String members, String text) {
        this.kind = kind;
        this.members = members;
        this.text = text;
    }

    public StatementKind getKind() {
        return kind;
    }

    public void setKind(StatementKind kind) {
        this.kind = kind;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String members) {
        this.members = members;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    MemberStatement toStatement() {
        return new MemberStatement(kind, members, text);
    }
}
