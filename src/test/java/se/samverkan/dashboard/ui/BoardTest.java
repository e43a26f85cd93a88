package se.samverkan.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.samverkan.actionplan.ItemFilter;
import se.samverkan.actionplan.TrafficLight;

/**
 * The dashboard's markup: the board, its tables and links escape the texts they are given (table rows take markup, which
 * the panels build with {@link Markup#escape} and {@link Links#count}); the charts' options go to the browser as JSON.
 */
class BoardTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)> & \"quoted\" 'single'";

    @Test
    void theBoardItsTablesAndLinksEscapeTheirTexts() {
        Markup.Table table = new Markup.Table(HOSTILE, List.of(HOSTILE, "B"));
        table.row("<b>row</b>", Markup.link("action-items?q=" + HOSTILE, HOSTILE));
        Board board = new Board("sv", HOSTILE);
        board.chartPanel(HOSTILE, HOSTILE, Options.map("series", List.of()), 200, null, table.end());

        String html = board.html();
        assertThat(html).doesNotContain("<img").doesNotContain("\"quoted\"").doesNotContain("'single'")
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39;");
        // the panel's parts: a heading that names the section, the toggle, the chart named by the summary, the table
        assertThat(html).contains("<section class=\"dashboard-panel chart-panel\" aria-labelledby=\"dashboard-panel-1\">",
                "<h2 id=\"dashboard-panel-1\">", "<button type=\"button\" class=\"panel-toggle\" aria-pressed=\"false\">",
                "<samverkan-chart role=\"img\" aria-label=\"&lt;img", "data-chart=\"0\"", "style=\"height:200px\"",
                "<div class=\"panel-table\" hidden><div class=\"table-scroll\" tabindex=\"0\" role=\"region\"",
                "<th scope=\"col\">B</th>", "<th scope=\"row\"><b>row</b></th>", "router-link>&lt;img",
                "href=\"action-items?q=&lt;img");
    }

    @Test
    void theOptionsOfEveryChartGoInOrderAsJson() {
        Board board = new Board("en", "Show as table");
        board.chartPanel("A", "a", Options.map("title", "</script>"), 200, null, "");
        board.chartPanel("B", "b", Options.map("n", 2), 200, "<ol></ol>", "");
        assertThat(board.options()).isEqualTo("[{\"title\":\"\\u003c/script>\"},{\"n\":2}]");
        assertThat(board.html()).contains("data-chart=\"1\"", "data-lang=\"en\"", "</samverkan-chart><ol></ol></div>");
    }

    @Test
    void aCountLinksToItsItemsOnlyWhenThereAreAny() {
        ItemFilter red = ItemFilter.none().withTrafficLights(EnumSet.of(TrafficLight.RED));
        assertThat(Links.count(0, red, Locale.ENGLISH)).isEqualTo("0");
        assertThat(Links.count(1234, null, Locale.ENGLISH)).isEqualTo("1,234");
        assertThat(Links.count(1234, red, Locale.ENGLISH))
                .isEqualTo("<a href=\"action-items?light=RED\" router-link>1,234</a>");
    }
}
