package se.samverkan.consultation;

import java.time.LocalDate;
import java.util.List;

/** Everything the round page shows: the round, its bodies and where each stands; {@code editable} for managers. */
public record RoundDetails(long id, long agreementId, String agreementTitle, RoundSubject subject, String title,
        String sentBy, String diaryNumber, LocalDate sentOn, LocalDate dueOn, RoundStatus status, String description,
        int version, List<BodyAnswer> bodies, boolean editable) {

    public long answered() {
        return bodies.stream().filter(b -> b.state() == AnswerState.ANSWERED).count();
    }

    public long overdue() {
        return bodies.stream().filter(b -> b.state() == AnswerState.OVERDUE).count();
    }

    RoundDetails withEditable(boolean value) {
        return new RoundDetails(id, agreementId, agreementTitle, subject, title, sentBy, diaryNumber, sentOn, dueOn,
                status, description, version, bodies, value);
    }
}
