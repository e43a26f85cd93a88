package se.samverkan.organisation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in protection ({@code samverkan.sign-in.*}): how failed sign-ins are throttled per typed username and per client
 * address. Defaults: a username gets 3 free failures, then waits 1 s, 2 s, 4 s, … and is locked for 15 minutes at the
 * 10th; an address (perhaps a whole office behind one proxy) gets 20 free failures and is locked at the 100th.
 */
@ConfigurationProperties("samverkan.sign-in")
public record SignInProperties(Limits account, Limits address, Duration forgetAfter) {

    public SignInProperties {
        account = account == null ? new Limits(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(1)) : account;
        address = address == null ? new Limits(20, 100, Duration.ofMinutes(15), Duration.ofMinutes(1)) : address;
        forgetAfter = forgetAfter == null ? Duration.ofDays(1) : forgetAfter;
    }

    /** Failures without delay, failures that lock, how long a lock lasts, and the longest delay before it. */
    public record Limits(int freeFailures, int lockAfter, Duration lockDuration, Duration maxDelay) {
    }

    ThrottlePolicy accountPolicy() {
        return new ThrottlePolicy(account.freeFailures(), account.lockAfter(), account.lockDuration(),
                account.maxDelay(), forgetAfter);
    }

    ThrottlePolicy addressPolicy() {
        return new ThrottlePolicy(address.freeFailures(), address.lockAfter(), address.lockDuration(),
                address.maxDelay(), forgetAfter);
    }
}
