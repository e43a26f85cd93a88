package se.samverkan.followup;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The personal calendar feed, for calendar applications that cannot sign in: the secret in the URL is the key.
 * Unknown or revoked tokens get 404, like any other missing page.
 */
@RestController
class CalendarFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarService calendars;

    CalendarFeedController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping(CalendarService.FEED_PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return calendars.feed(token)
                .map(body -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex").body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
