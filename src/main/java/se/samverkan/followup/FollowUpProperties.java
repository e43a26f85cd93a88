package se.samverkan.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of new follow-ups ({@code samverkan.follow-ups.*}).
 *
 * @param reportDaysBefore the reporting deadline a new follow-up gets, in days before its date
 * @param maxOccurrences   the most occurrences one series may have
 */
@ConfigurationProperties("samverkan.follow-ups")
public record FollowUpProperties(
        @DefaultValue("7") int reportDaysBefore,
        @DefaultValue("36") int maxOccurrences) {
}
