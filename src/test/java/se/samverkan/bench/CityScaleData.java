package se.samverkan.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import se.samverkan.Application;

/**
 * Fills a database with a city's worth of data on top of the demo (see {@code bench/city-scale.sql}): 10 city-wide
 * agreements, 300 local ones, 30,000 action items, 600,000 progress reports, 50,000 indicator measurements and 1,000
 * people with accounts (password {@code demo}). Set-based SQL on the server, about a minute here.
 * <p>
 * As a program ({@code ./mvnw -Pcity-data}, or this class's {@code main} with the data directory as argument) it
 * starts the application with its database in {@code data-city/} (the demo loads first),
 * adds the city once, and stops. Run the app on it with
 * {@code --samverkan.db.embedded.data-dir=data-city/mariadb}.
 */
public final class CityScaleData {

    private CityScaleData() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "data-city").toAbsolutePath();
        try (ConfigurableApplicationContext app = start(dir, context -> { })) {
            DataSource dataSource = app.getBean(DataSource.class);
            LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class));
            if (present(dataSource)) {
                System.out.println("city-data: " + dir + " already holds the city; counts:");
            } else {
                long started = System.nanoTime();
                generate(dataSource, today);
                System.out.printf(Locale.ROOT, "city-data: generated in %.1f s into %s%n",
                        (System.nanoTime() - started) / 1e9, dir);
            }
            counts(dataSource).forEach((table, rows) -> System.out.printf(Locale.ROOT, "  %-24s %,10d%n", table, rows));
        }
    }

    /**
     * The application (on a free port of 127.0.0.1: the security setup needs a servlet context), its embedded database
     * in {@code dir}, demo mode on, no scheduler, no restarting class loader.
     */
    static ConfigurableApplicationContext start(Path dir, org.springframework.context.ApplicationContextInitializer<
            org.springframework.context.ConfigurableApplicationContext> initializer) {
        System.setProperty("spring.devtools.restart.enabled", "false");
        // arguments, not default properties: they must win over application.yml's data directory
        return new SpringApplicationBuilder(Application.class).initializers(initializer)
                .run("--samverkan.db.embedded.data-dir=" + dir.resolve("mariadb"), "--samverkan.db.embedded.port=0",
                        "--samverkan.demo.enabled=true", "--server.port=0", "--server.address=127.0.0.1",
                        "--vaadin.productionMode=true", "--spring.quartz.auto-startup=false",
                        "--logging.level.root=WARN", "--logging.level.se.samverkan=INFO");
    }

    /** Whether the generator has run (its city-wide agreements have diary numbers GEN year/001 ...). */
    static boolean present(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM agreement WHERE diary_number LIKE ?")) {
            s.setString(1, "GEN %/001");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) > 0;
            }
        }
    }

    /** Runs the script with {@code @gen_today}, then adds follow-ups and refreshes the optimizer's statistics. */
    static void generate(DataSource dataSource, LocalDate today) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement set = c.prepareStatement("SET @gen_today = ?")) {
                set.setObject(1, today);
                set.execute();
            }
            ScriptUtils.executeSqlScript(c, new ClassPathResource("bench/city-scale.sql"));
            try (Statement s = c.createStatement()) {
                // follow-ups got more columns with the follow-up feature: a reporting deadline a week before
                boolean deadline = columnCount(s) > 0;
                s.execute("INSERT INTO follow_up (agreement_id, title, scheduled_on, status"
                        + (deadline ? ", report_deadline" : "") + ") SELECT agreement_id, title, scheduled_on, 'HELD'"
                        + (deadline ? ", scheduled_on - INTERVAL 7 DAY" : "") + " FROM bench_follow_up_day");
                s.execute("DROP TABLE bench_follow_up_day");
                s.execute("DROP TABLE bench_agreement");
                for (String table : List.of("organisation", "agreement", "agreement_party", "priority_area",
                        "area_contribution", "action_plan", "action_item", "action_item_co_owner",
                        "action_item_resource", "progress_report", "indicator", "indicator_measurement", "follow_up")) {
                    s.execute("ANALYZE TABLE " + table);
                }
            }
        }
    }

    private static int columnCount(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema"
                + " = DATABASE() AND table_name = 'follow_up' AND column_name = 'report_deadline'")) {
            r.next();
            return r.getInt(1);
        }
    }

    static Map<String, Long> counts(DataSource dataSource) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("agreement", "action_item", "progress_report", "indicator",
                    "indicator_measurement", "person", "user_account", "follow_up")) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }
}
