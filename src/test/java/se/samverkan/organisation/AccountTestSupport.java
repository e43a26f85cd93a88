package se.samverkan.organisation;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.annotation.Transactional;

/** Lets tests outside the feature switch an account on and off through the feature's own repository. */
@TestComponent
public class AccountTestSupport {

    private final AccountRepository accounts;

    AccountTestSupport(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        accounts.setEnabled(username, enabled);
    }

    @Transactional(readOnly = true)
    public String passwordHash(String username) {
        return accounts.credentials(username).orElseThrow().passwordHash();
    }
}
