package se.samverkan.demo;

import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.PERSON;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.base.security.Role;
import se.samverkan.organisation.AccountService;

/**
 * Loads the Stockholm example (organisations, KS 2019/656 with its ten areas, local agreements, the citizen promise of
 * the year, two action plans with their items, reports and indicators, and the demo accounts, all with the password
 * {@code demo}, which only demo accounts may have) once, in one transaction, in demo mode only. Every date is relative to today by the application's
 * clock. After the script, the demo users make a few edits through the services ({@link DemoHistory}).
 */
@Component
@Conditional(DemoModeCondition.class)
class DemoDataLoader implements ApplicationRunner {

    static final String CITY_WIDE_DIARY_NUMBER = "KS 2019/656";
    private static final String SCRIPT = "demo/demo-data.sql";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private record DemoAccount(String username, String email, Set<Role> roles) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "admin@stad.example.se", EnumSet.of(Role.ADMIN)),
            new DemoAccount("chef", "chef@stad.example.se", EnumSet.of(Role.MANAGER)),
            new DemoAccount("stad", "stad@stad.example.se", EnumSet.of(Role.COORDINATOR)),
            new DemoAccount("polis", "polis@polisen.example.se", EnumSet.of(Role.COORDINATOR)),
            new DemoAccount("insyn", "insyn@stad.example.se", EnumSet.of(Role.VIEWER)));

    private final DSLContext dsl;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final AccountService accounts;
    private final DemoActors actors;
    private final DemoHistory history;
    private final Clock clock;

    DemoDataLoader(DSLContext dsl, DataSource dataSource, TransactionTemplate transaction, AccountService accounts,
            DemoActors actors, DemoHistory history, Clock clock) {
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.accounts = accounts;
        this.actors = actors;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (dsl.fetchExists(AGREEMENT, AGREEMENT.DIARY_NUMBER.eq(CITY_WIDE_DIARY_NUMBER))) {
                log.info("Demo data already loaded");
                return;
            }
            LocalDate today = LocalDate.now(clock);
            int walksHeld = runScript(today);
            // creating accounts is an administrator's task: the loader acts as one, for these calls only
            actors.asAdministrator(this::createAccounts);
            history.make(today, walksHeld);
            log.info("Demo data loaded as of {}: accounts {}", today,
                    ACCOUNTS.stream().map(DemoAccount::username).toList());
        });
    }

    /**
     * Runs the script on the transaction's connection with {@code @demo_today} set to today.
     *
     * @return the number of the citizen promise's safety walks held by today, as the script counted them
     */
    private int runScript(LocalDate today) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            try (PreparedStatement set = connection.prepareStatement("SET @demo_today = ?")) {
                set.setObject(1, today);
                set.execute();
            }
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(SCRIPT));
            try (PreparedStatement get = connection.prepareStatement("SELECT @walks_held");
                    ResultSet result = get.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load " + SCRIPT, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void createAccounts() {
        for (DemoAccount account : ACCOUNTS) {
            long personId = dsl.select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(account.email()))
                    .fetchSingle().value1();
            // the well-known demo password, which the password rules refuse anywhere else; marked as such
            accounts.createDemoAccount(personId, account.username(), "sv", account.roles());
        }
    }
}
