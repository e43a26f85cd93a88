package se.samverkan.consultation;

import java.time.LocalDate;

/** A round as the agreement page links to it. */
public record RoundRef(long id, String title, RoundStatus status, LocalDate dueOn) {
}
