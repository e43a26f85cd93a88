package se.samverkan.followup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.security.SignedInUser;

/**
 * Follow-ups in calendars: an .ics file of one follow-up, and a personal feed of every follow-up the user takes part
 * in, behind a secret link that the user can replace or revoke. Only the hash of the secret is stored.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    /** The feed's path; the token follows it, then ".ics". */
    public static final String FEED_PATH = "/calendar/feed/";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Past follow-ups stay in the feed this long. */
    private static final int FEED_PAST_DAYS = 90;

    private final FollowUpRepository followUps;
    private final CalendarFeedRepository feeds;
    private final CalendarWriter writer;
    private final FollowUpAccess access;
    private final AuditService audit;
    private final MailRenderer links;
    private final Clock clock;

    CalendarService(FollowUpRepository followUps, CalendarFeedRepository feeds, CalendarWriter writer,
            FollowUpAccess access, AuditService audit, MailRenderer links, Clock clock) {
        this.followUps = followUps;
        this.feeds = feeds;
        this.writer = writer;
        this.access = access;
        this.audit = audit;
        this.links = links;
        this.clock = clock;
    }

    /** The follow-up as an .ics file, for those who read it. */
    @PreAuthorize("isAuthenticated()")
    public String icsOf(long followUpId) {
        FollowUpFacts followUp = followUps.facts(followUpId).filter(f -> access.canRead(f.agreementId()))
                .orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        return writer.write(List.of(followUp), clock.getZone(), null, clock.instant());
    }

    /** The feed behind a token, or nothing for an unknown, revoked or malformed token. Needs no sign-in. */
    public Optional<String> feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return feeds.owner(hash(token)).map(owner -> writer.write(
                followUps.participating(owner.personId(), owner.organisationId(),
                        LocalDate.now(clock).minusDays(FEED_PAST_DAYS)),
                clock.getZone(), "Samverkan – " + owner.name(), clock.instant()));
    }

    /** When the signed-in user's feed link was made, if they have one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Instant> myFeedCreated() {
        return feeds.createdAt(access.user().personId()).map(t -> t.toInstant(ZoneOffset.UTC));
    }

    /**
     * Makes a new secret feed link for the signed-in user (replacing any earlier one) and returns it: the only time
     * the secret is shown.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String createMyFeed() {
        SignedInUser user = access.user();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feeds.save(user.personId(), hash(token), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        audit.record(AuditRecord.of(AuditAction.CALENDAR_FEED_CREATE, "CALENDAR_FEED", user.personId(),
                user.displayName()));
        return links.baseUrl() + FEED_PATH + token + ".ics";
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revokeMyFeed() {
        SignedInUser user = access.user();
        if (feeds.delete(user.personId()) > 0) {
            audit.record(AuditRecord.of(AuditAction.CALENDAR_FEED_REVOKE, "CALENDAR_FEED", user.personId(),
                    user.displayName()));
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
