package se.samverkan.demo;

import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.PERSON;

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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.base.security.Role;
import se.samverkan.organisation.AccountService;

/**
 * Loads the Stockholm example (organisations, KS 2019/656 with its ten areas, local agreements, an action plan
 * and the demo accounts, all with the password {@code demo}) once, in one transaction, in demo mode only.
 */
@Component
@Conditional(DemoModeCondition.class)
class DemoDataLoader implements ApplicationRunner {

    static final String CITY_WIDE_DIARY_NUMBER = "KS 2019/656";
    static final String PASSWORD = "demo";

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

    DemoDataLoader(DSLContext dsl, DataSource dataSource, TransactionTemplate transaction, AccountService accounts) {
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        // creating accounts is an administrator's task: the loader acts as one, for this call only
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-data-loader", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(system);
        try {
            load();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void load() {
        transaction.executeWithoutResult(status -> {
            if (dsl.fetchExists(AGREEMENT, AGREEMENT.DIARY_NUMBER.eq(CITY_WIDE_DIARY_NUMBER))) {
                log.info("Demo data already loaded");
                return;
            }
            ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(dataSource),
                    new ClassPathResource("demo/demo-data.sql"));
            for (DemoAccount account : ACCOUNTS) {
                long personId = dsl.select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(account.email()))
                        .fetchSingle().value1();
                accounts.createAccount(personId, account.username(), PASSWORD, "sv", account.roles());
            }
            log.info("Demo data loaded: accounts {} with password '{}'",
                    ACCOUNTS.stream().map(DemoAccount::username).toList(), PASSWORD);
        });
    }
}
