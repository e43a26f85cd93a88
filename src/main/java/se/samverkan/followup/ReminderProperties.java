package se.samverkan.followup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When reminders go out and how their delivery is retried ({@code samverkan.reminders.*}).
 *
 * @param offsetsDays     days before a follow-up's reporting deadline on which reminders are queued
 * @param sendAt          local time of day at which reminders of a day are queued (and digests composed)
 * @param digestDay       the day digests go out
 * @param lookbackDays    with no earlier follow-up of the agreement, reports this many days old still count
 * @param dueSoonDays     items due within this many days of a follow-up are on its agenda as "due soon"
 * @param dispatchInterval how often the dispatcher looks for mails to compose and send
 * @param maxAttempts     delivery attempts before a mail is shown as failed
 * @param retryDelay      wait after the first failed attempt; doubled after each further one
 * @param maxRetryDelay   the longest wait between attempts
 * @param claimLease      how long a node may hold claimed mails before another node may take them over
 * @param batchSize       mails claimed (and sent over one SMTP connection) at a time
 */
@ConfigurationProperties("samverkan.reminders")
public record ReminderProperties(
        @DefaultValue({ "14", "3" }) List<Integer> offsetsDays,
        @DefaultValue("07:00") LocalTime sendAt,
        @DefaultValue("MONDAY") DayOfWeek digestDay,
        @DefaultValue("90") int lookbackDays,
        @DefaultValue("30") int dueSoonDays,
        @DefaultValue("60s") Duration dispatchInterval,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration retryDelay,
        @DefaultValue("4h") Duration maxRetryDelay,
        @DefaultValue("10m") Duration claimLease,
        @DefaultValue("100") int batchSize) {

    /** The wait before attempt number {@code attempts + 1}, after {@code attempts} failed ones. */
    Duration backoff(int attempts) {
        Duration delay = retryDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
