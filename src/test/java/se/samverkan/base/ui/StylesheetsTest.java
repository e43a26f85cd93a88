package se.samverkan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A browser drops what it cannot parse without a word: a rule left open swallows every rule after it (a merge once
 * lost the closing brace of {@code .row-card-fact dd}, and with it the styles of every plain table and the list's extra
 * conditions). Our style sheets use no CSS nesting, so a rule may only sit at the top or inside an at-rule.
 */
class StylesheetsTest {

    private static final Path STYLES = Path.of("frontend", "styles");

    /** The problems of one style sheet: unclosed or extra braces, a rule inside a rule, an unclosed comment. */
    static List<String> problems(String css) {
        List<String> problems = new ArrayList<>();
        Deque<Boolean> blocks = new ArrayDeque<>(); // true: an at-rule's block, which may hold rules
        StringBuilder prelude = new StringBuilder();
        int line = 1;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                if (end < 0) {
                    problems.add("line " + line + ": comment never closed");
                    break;
                }
                line += (int) css.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end + 1;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < css.length() && css.charAt(end) != c) {
                    end += css.charAt(end) == '\\' ? 2 : 1; // an escaped quote does not end the string
                }
                i = end;
            } else if (c == '{') {
                String selector = prelude.toString().strip();
                if (!blocks.isEmpty() && !blocks.peek()) {
                    problems.add("line " + line + ": '" + selector + "' opens a rule inside a rule (a brace missing?)");
                }
                blocks.push(selector.startsWith("@"));
                prelude.setLength(0);
            } else if (c == '}') {
                if (blocks.isEmpty()) {
                    problems.add("line " + line + ": '}' closes nothing");
                } else {
                    blocks.pop();
                }
                prelude.setLength(0);
            } else if (c == ';') {
                prelude.setLength(0);
            } else {
                prelude.append(c);
            }
        }
        if (!blocks.isEmpty()) {
            problems.add(blocks.size() + " block(s) never closed");
        }
        return problems;
    }

    @Test
    void everyStyleSheetParsesWithoutARuleLeftOpen() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.list(STYLES)) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
        assertThat(sheets).as("style sheets under " + STYLES.toAbsolutePath()).hasSizeGreaterThan(5);
        for (Path sheet : sheets) {
            assertThat(problems(Files.readString(sheet))).as(sheet.toString()).isEmpty();
        }
    }

    @Test
    void theCheckFindsARuleLeftOpenAndBracesThatDoNotMatch() {
        assertThat(problems("a { color: red; }\n@media (max-width: 10px) { .b { margin: 0; } }")).isEmpty();
        assertThat(problems(".a { margin: 0;\n/* next */\n.b { padding: 0; }\n}"))
                .containsExactly("line 3: '.b' opens a rule inside a rule (a brace missing?)");
        assertThat(problems(".a { margin: 0; }\n}")).containsExactly("line 2: '}' closes nothing");
        assertThat(problems(".a { content: \"{\"; ")).containsExactly("1 block(s) never closed");
        assertThat(problems(".a { content: '\\'{'; }\n.b::after { content: \"\\\"}\"; }")).isEmpty();
        assertThat(problems(".a { } /* open")).containsExactly("line 1: comment never closed");
    }
}
