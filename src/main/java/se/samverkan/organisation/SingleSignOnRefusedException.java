package se.samverkan.organisation;

/**
 * A single sign-on that Samverkan does not let in: {@code reason} is one of {@code unknown}, {@code unverified},
 * {@code disabled} and {@code noRole}, each with a text on the sign-in page.
 */
public class SingleSignOnRefusedException extends RuntimeException {

    private final String reason;

    SingleSignOnRefusedException(String reason) {
        super("single sign-on refused: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
