package se.samverkan.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/** The minutes and outcome of a held follow-up, as their form edits them. */
public class MinutesDraft {

    public static final int MINUTES_MAX = 20000;
    public static final int OUTCOME_MAX = 4000;

    @NotBlank
    @Size(max = MINUTES_MAX)
    @FreeText(multiline = true)
    private String minutes;
    @Size(max = OUTCOME_MAX)
    @FreeText(multiline = true)
    private String outcome;
    private int version;

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
