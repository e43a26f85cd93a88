package se.samverkan.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.stereotype.Component;

/**
 * A follow-up's reminder moments and their Quartz triggers. The triggers live in the database (the clustered JDBC
 * job store joins the caller's transaction), so creating, moving or cancelling a follow-up replaces or removes them
 * in the same transaction as the change. A trigger missed while the application was down fires once at the next
 * start (misfire: fire now); the job then checks whether the moment is still relevant.
 */
@Component
class ReminderTriggers {

    static final JobKey QUEUE_JOB = JobKey.jobKey("queue-follow-up-reminders", "reminders");
    static final JobKey SEND_JOB = JobKey.jobKey("send-due-reminders", "reminders");
    static final String FOLLOW_UP_ID = "followUpId";
    static final String KIND = "kind";
    static final String DUE_ON = "dueOn";

    private final Scheduler scheduler;
    private final ReminderProperties properties;
    private final Clock clock;

    ReminderTriggers(Scheduler scheduler, ReminderProperties properties, Clock clock) {
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock;
    }

    static String group(long followUpId) {
        return "follow-up-" + followUpId;
    }

    /**
     * The moments of a scheduled follow-up: a reminder to report on each configured day before its reporting
     * deadline, and the notice of missing reports on the day after the deadline (when that is not after the meeting).
     */
    List<ReminderMoment> moments(FollowUpFacts followUp) {
        List<ReminderMoment> moments = new ArrayList<>();
        if (!followUp.scheduled()) {
            return moments;
        }
        for (LocalDate day : new TreeSet<>(properties.offsetsDays().stream()
                .map(offset -> followUp.reportDeadline().minusDays(offset)).toList())) {
            moments.add(new ReminderMoment(ReminderKind.REPORT_DUE, day));
        }
        LocalDate dayAfter = followUp.reportDeadline().plusDays(1);
        if (!dayAfter.isAfter(followUp.date())) {
            moments.add(new ReminderMoment(ReminderKind.REPORTS_MISSING, dayAfter));
        }
        return moments;
    }

    /** When a moment's reminders are queued: its day at the configured time, in the application's time zone. */
    Instant instant(ReminderMoment moment) {
        return LocalDateTime.of(moment.dueOn(), properties.sendAt()).atZone(clock.getZone()).toInstant();
    }

    /**
     * Whether the moment's reminders should go out today: the follow-up is scheduled and not past, the moment is one
     * of its moments, due, and not overtaken by a later moment of the same kind; a reminder to report only until the
     * deadline.
     */
    boolean relevant(FollowUpFacts followUp, ReminderMoment moment, LocalDate today) {
        if (!followUp.scheduled() || followUp.date().isBefore(today) || moment.dueOn().isAfter(today)) {
            return false;
        }
        if (moment.kind() == ReminderKind.REPORT_DUE && today.isAfter(followUp.reportDeadline())) {
            return false;
        }
        return latestDue(followUp, moment.kind(), today).filter(moment::equals).isPresent();
    }

    /** The latest moment of the kind that is due today or earlier. */
    Optional<ReminderMoment> latestDue(FollowUpFacts followUp, ReminderKind kind, LocalDate today) {
        return moments(followUp).stream().filter(m -> m.kind() == kind && !m.dueOn().isAfter(today))
                .max(Comparator.comparing(ReminderMoment::dueOn));
    }

    /**
     * Replaces the follow-up's triggers with one for each moment still ahead. Moments already past when a follow-up
     * is created or moved get no trigger; "send due reminders now" sends what is due of them.
     */
    void reschedule(FollowUpFacts followUp) {
        unschedule(followUp.id());
        Instant now = clock.instant();
        try {
            for (ReminderMoment moment : moments(followUp)) {
                Instant at = instant(moment);
                if (at.isAfter(now)) {
                    scheduler.scheduleJob(trigger(followUp.id(), moment, at));
                }
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule the reminders of follow-up " + followUp.id(), e);
        }
    }

    static Trigger trigger(long followUpId, ReminderMoment moment, Instant at) {
        return TriggerBuilder.newTrigger()
                .withIdentity(moment.kind().name() + "-" + moment.dueOn(), group(followUpId))
                .forJob(QUEUE_JOB)
                .usingJobData(FOLLOW_UP_ID, followUpId)
                .usingJobData(KIND, moment.kind().name())
                .usingJobData(DUE_ON, moment.dueOn().toString())
                .startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    void unschedule(long followUpId) {
        try {
            List<TriggerKey> keys = new ArrayList<>(
                    scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group(followUpId))));
            if (!keys.isEmpty()) {
                scheduler.unscheduleJobs(keys);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot remove the reminders of follow-up " + followUpId, e);
        }
    }

    /** The follow-up's triggers waiting in the scheduler, soonest first. */
    List<ScheduledReminder> scheduled(long followUpId) {
        try {
            List<ScheduledReminder> list = new ArrayList<>();
            for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group(followUpId)))) {
                Trigger trigger = scheduler.getTrigger(key);
                if (trigger != null && trigger.getNextFireTime() != null) {
                    list.add(new ScheduledReminder(ReminderKind.valueOf(trigger.getJobDataMap().getString(KIND)),
                            LocalDate.parse(trigger.getJobDataMap().getString(DUE_ON)),
                            trigger.getNextFireTime().toInstant()));
                }
            }
            list.sort(Comparator.comparing(ScheduledReminder::firesAt));
            return list;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the reminders of follow-up " + followUpId, e);
        }
    }

    /** Runs the dispatcher at once (on whichever node of the cluster is free), besides its regular runs. */
    void runDispatcherNow() {
        try {
            scheduler.triggerJob(SEND_JOB);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the dispatcher", e);
        }
    }
}
