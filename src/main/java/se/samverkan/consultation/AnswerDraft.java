package se.samverkan.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/**
 * A body's answer as its form edits it: the decision (date, paragraph, the body's diary number, one decision point per
 * line), the administration's statement and its date, a summary, and the statements of members.
 */
public class AnswerDraft {

    public static final int PARAGRAPH_MAX = 20;
    public static final int DIARY_MAX = 60;
    public static final int TEXT_MAX = 4000;
    public static final int STATEMENT_MAX = 20000;
    public static final int POINTS_MAX = 20;

    @NotNull
    private Long roundId;
    @NotNull
    private Long organisationId;
    @NotNull
    private LocalDate answeredOn;
    private LocalDate decisionDate;
    @Size(max = PARAGRAPH_MAX)
    @FreeText
    private String paragraph;
    @Size(max = DIARY_MAX)
    @FreeText
    private String diaryNumber;
    @Size(max = TEXT_MAX)
    @FreeText(multiline = true)
    private String decisionPoints;
    @Size(max = STATEMENT_MAX)
    @FreeText(multiline = true)
    private String statement;
    private LocalDate statementDate;
    @Size(max = TEXT_MAX)
    @FreeText(multiline = true)
    private String summary;
    private boolean example;
    @Valid
    @Size(max = 10)
    private List<StatementLine> statements = new ArrayList<>();
    private int version;

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public void setAnsweredOn(LocalDate answeredOn) {
        this.answeredOn = answeredOn;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getParagraph() {
        return paragraph;
    }

    public void setParagraph(String paragraph) {
        this.paragraph = paragraph;
    }

    public String getDiaryNumber() {
        return diaryNumber;
    }

    public void setDiaryNumber(String diaryNumber) {
        this.diaryNumber = diaryNumber;
    }

    public String getDecisionPoints() {
        return decisionPoints;
    }

    public void setDecisionPoints(String decisionPoints) {
        this.decisionPoints = decisionPoints;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public LocalDate getStatementDate() {
        return statementDate;
    }

    public void setStatementDate(LocalDate statementDate) {
        this.statementDate = statementDate;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isExample() {
        return example;
    }

    public void setExample(boolean example) {
        this.example = example;
    }

    public List<StatementLine> getStatements() {
        return statements;
    }

    public void setStatements(List<StatementLine> statements) {
        this.statements = statements == null ? new ArrayList<>() : new ArrayList<>(statements);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    /** The decision points, one per non-blank line. */
    public List<String> decisionPointList() {
        return points(decisionPoints);
    }

    static List<String> points(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
