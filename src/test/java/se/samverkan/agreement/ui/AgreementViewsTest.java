package se.samverkan.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import static se.samverkan.db.Tables.ACTION_ITEM;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Paragraph;

import se.samverkan.IntegrationTest;
import se.samverkan.actionplan.ActionItemSummary;
import se.samverkan.actionplan.ui.ActionItemGrid;
import se.samverkan.actionplan.ui.ActionItemView;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.base.ui.NotFoundView;
import se.samverkan.base.ui.TranslationProvider;

@IntegrationTest
@WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
class AgreementViewsTest extends SpringBrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    DSLContext dsl;

    @Autowired
    Clock clock;

    private long cityWideId() {
        return agreements.findAgreements("KS 2019/656", 0, 1).getFirst().id();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListShowsAgreementsCityWideFirstAndFilters() {
        navigate(AgreementListView.class);
        Grid<AgreementSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(agreements.countAgreements(null));
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("KS 2019/656");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Övergripande överenskommelse");

        test($(TextField.class).single()).setValue("Farsta");
        assertThat(test(grid).size()).isEqualTo(agreements.countAgreements("Farsta")).isLessThan(
                agreements.countAgreements(null));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAgreementPageShowsTheTenAreasWithCounts() {
        navigate(AgreementView.class, cityWideId());
        assertThat($(H1.class).single().getText())
                .isEqualTo("Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm");
        Grid<Object> areas = $(Grid.class).single();
        assertThat(test(areas).size()).isEqualTo(10);
        assertThat(test(areas).getCellText(1, 0)).isEqualTo("2");
        // the count shown is the number of rows in the database, counted here on its own
        long firstArea = agreements.findAreas(cityWideId()).getFirst().id();
        assertThat(test(areas).getCellText(0, 2))
                .isEqualTo(String.valueOf(dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.AREA_ID.eq(firstArea))))
                .isNotEqualTo("0");
        long overdue = dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.AREA_ID.eq(firstArea)
                .and(ACTION_ITEM.STATUS.in("PLANNED", "ONGOING", "POSTPONED"))
                .and(ACTION_ITEM.DUE_DATE.lt(LocalDate.now(clock))));
        assertThat(test(areas).getCellText(0, 7)).isEqualTo(String.valueOf(overdue));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAreaListsItsActionItemsAndLinksToThem() {
        long areaId = agreements.findAreas(cityWideId()).getFirst().id();
        navigate(AreaView.class, areaId);
        assertThat($(H1.class).single().getText())
                .isEqualTo("1. Riktat arbete mot avgränsade platser och utsatta områden");
        Grid<ActionItemSummary> items = $(ActionItemGrid.class).single();
        assertThat(test(items).size()).isPositive();
        ActionItemSummary first = test(items).getRow(0);

        navigate(ActionItemView.class, first.id());
        assertThat($(H1.class).single().getText()).isEqualTo(first.title());
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith(first.title());
    }

    @Test
    void anUnknownAgreementShowsNotFound() {
        navigate("agreements/999999", NotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Sidan finns inte");
        assertThat($(Paragraph.class).single().getText()).isEqualTo("Överenskommelsen finns inte.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theViewsSpeakEnglishWhenAsked() {
        UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
        navigate(AgreementListView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Collaboration agreements");
        Grid<AgreementSummary> grid = $(Grid.class).single();
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("City-wide agreement");
        List<String> headers = grid.getColumns().stream().map(c -> grid.getHeaderRows().getFirst().getCell(c).getText())
                .toList();
        assertThat(headers).contains("Title", "Kind", "Diary number", "Status");
    }
}
