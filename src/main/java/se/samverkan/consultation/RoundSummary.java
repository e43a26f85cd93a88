package se.samverkan.consultation;

import java.time.LocalDate;

/** A round in the list: its agreement, sender, dates, status, and its bodies counted by where they stand. */
public record RoundSummary(long id, String title, long agreementId, String agreementTitle, String sentBy,
        String diaryNumber, LocalDate sentOn, LocalDate dueOn, RoundStatus status, int bodies, int answered,
        int overdue) {
}
