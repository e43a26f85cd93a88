package se.samverkan.base.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A consistent dump of one MariaDB database as SQL, and its restore into an empty database. The dump reads every table
 * inside one transaction with a consistent snapshot (InnoDB), so it needs no lock and the application may keep running.
 * It holds the tables (with Flyway's history, so the restored database is at the same schema version), their rows, and
 * the triggers, written after the rows in the {@code DELIMITER} form the {@code mariadb} client also reads.
 */
public final class DatabaseDump {

    private static final int ROWS_PER_INSERT = 200;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");
    private static final String TRIGGER_DELIMITER = ";;";
    private static final String DEFINER = "DEFINER=`[^`]*`@`[^`]*`\\s*";

    private DatabaseDump() {
    }

    /** Writes the database the connection is in; returns the number of rows written. */
    public static long dump(Connection connection, Writer out) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            connection.setAutoCommit(false);
            statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
            String database = single(statement, "SELECT DATABASE()");
            out.write("-- Samverkan backup of database " + database + ", " + Instant.now() + "\n");
            out.write("-- Restore into an empty database: java -jar samverkan.jar restore FILE (see README)\n");
            out.write("SET NAMES utf8mb4;\nSET FOREIGN_KEY_CHECKS = 0;\nSET UNIQUE_CHECKS = 0;\n"
                    + "SET SQL_MODE = 'NO_AUTO_VALUE_ON_ZERO';\n\n");
            for (String table : names(statement, "SELECT TABLE_NAME FROM information_schema.TABLES "
                    + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
                try (ResultSet create = statement.executeQuery("SHOW CREATE TABLE " + quote(table))) {
                    create.next();
                    out.write(create.getString(2) + ";\n");
                }
                rows += rows(statement, table, out);
                out.write("\n");
            }
            List<String> triggers = names(statement, "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS "
                    + "WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY TRIGGER_NAME");
            if (!triggers.isEmpty()) {
                out.write("DELIMITER " + TRIGGER_DELIMITER + "\n");
                for (String trigger : triggers) {
                    try (ResultSet create = statement.executeQuery("SHOW CREATE TRIGGER " + quote(trigger))) {
                        create.next();
                        // without the definer: the account that restores may have another name
                        out.write(create.getString("SQL Original Statement").replaceFirst(DEFINER, "")
                                + TRIGGER_DELIMITER + "\n");
                    }
                }
                out.write("DELIMITER ;\n");
            }
            out.write("SET FOREIGN_KEY_CHECKS = 1;\nSET UNIQUE_CHECKS = 1;\n-- end of backup\n");
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return rows;
    }

    private static long rows(Statement statement, String table, Writer out) throws SQLException, IOException {
        long count = 0;
        try (ResultSet rs = statement.executeQuery("SELECT * FROM " + quote(table))) {
            ResultSetMetaData meta = rs.getMetaData();
            StringBuilder columns = new StringBuilder();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.append(i > 1 ? ", " : "").append(quote(meta.getColumnName(i)));
            }
            String insert = "INSERT INTO " + quote(table) + " (" + columns + ") VALUES ";
            int inBatch = 0;
            while (rs.next()) {
                out.write(inBatch == 0 ? insert : ",");
                out.write("(");
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    out.write((i > 1 ? ", " : "") + literal(rs, i, meta));
                }
                out.write(")");
                count++;
                if (++inBatch == ROWS_PER_INSERT) {
                    out.write(";\n");
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                out.write(";\n");
            }
        }
        return count;
    }

    private static String literal(ResultSet rs, int column, ResultSetMetaData meta) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return "NULL";
        }
        // temporal values from their typed form: the driver's text of DATETIME(3) drops the leading zeros of the
        // fraction (.069 reads ".69000"), which a restore would take for .690
        switch (meta.getColumnType(column)) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE:
                return "'" + DATE_TIME.format(rs.getObject(column, LocalDateTime.class)) + "'";
            case Types.DATE:
                return "'" + rs.getObject(column, LocalDate.class) + "'";
            case Types.TIME:
                return "'" + TIME.format(rs.getObject(column, LocalTime.class)) + "'";
            default:
                break;
        }
        return switch (value) {
            case byte[] bytes -> bytes.length == 0 ? "''" : "X'" + HexFormat.of().formatHex(bytes) + "'";
            case Boolean b -> b ? "1" : "0";
            case BigDecimal decimal -> decimal.toPlainString();
            case Number number -> number.toString();
            default -> string(rs.getString(column));
        };
    }

    /** A string literal with every character that could end it, or a line, escaped. */
    static String string(String value) {
        StringBuilder literal = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\'' -> literal.append("\\'");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\0' -> literal.append("\\0");
                case '\u001a' -> literal.append("\\Z");
                default -> literal.append(c);
            }
        }
        return literal.append('\'').toString();
    }

    /**
     * Runs a dump against the connection's database, which must have no tables.
     *
     * @return the number of statements run
     * @throws IllegalStateException when the database is not empty
     */
    public static int restore(Connection connection, Reader in) throws SQLException, IOException {
        int statements = 0;
        try (Statement statement = connection.createStatement()) {
            String tables = single(statement, "SELECT COUNT(*) FROM information_schema.TABLES "
                    + "WHERE TABLE_SCHEMA = DATABASE()");
            if (!"0".equals(tables)) {
                throw new IllegalStateException("the database " + single(statement, "SELECT DATABASE()")
                        + " is not empty (" + tables + " tables): restore only into an empty database");
            }
            BufferedReader lines = new BufferedReader(in);
            String delimiter = ";";
            StringBuilder current = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                if (current.isEmpty() && (line.isBlank() || line.startsWith("-- "))) {
                    continue;
                }
                if (current.isEmpty() && line.startsWith("DELIMITER ")) {
                    delimiter = line.substring("DELIMITER ".length()).strip();
                    continue;
                }
                current.append(line).append('\n');
                if (line.endsWith(delimiter)) {
                    String sql = current.substring(0, current.length() - 1 - delimiter.length());
                    statement.execute(sql);
                    statements++;
                    current.setLength(0);
                }
            }
            if (!current.toString().isBlank()) {
                throw new IllegalStateException("the backup ends in the middle of a statement: is it complete?");
            }
        }
        return statements;
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> names(Statement statement, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
