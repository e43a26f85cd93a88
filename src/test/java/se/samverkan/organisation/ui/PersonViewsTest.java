package se.samverkan.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.PERSON;


import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkan.IntegrationTest;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.PersonRef;

/** Administrators' people pages, without a browser; every change is rolled back after each test. */
@IntegrationTest
@Transactional
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
class PersonViewsTest extends SpringBrowserlessTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    DSLContext dsl;

    @Test
    @SuppressWarnings("unchecked")
    void theListSearchesAndARowOpensThePerson() {
        navigate(PersonListView.class);
        Grid<PersonRef> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(organisations.countPeople(null, null, false)).isGreaterThan(10);

        test($(TextField.class).withLabel("Sök på namn, e-post eller organisation").single()).setValue("karimi");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Ahmed Karimi");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Socialförvaltningen");
        test(grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(PersonEditView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Ahmed Karimi");
        assertThat($(TextField.class).withLabel("E-post").single().getValue())
                .isEqualTo("ahmed.karimi@stad.example.se");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorCreatesAPersonAndABadAddressIsShownAtTheField() {
        navigate(PersonEditView.NEW, PersonEditView.class);
        test($(TextField.class).withLabel("Namn").single()).setValue("Nora Nyberg");
        TextField email = $(TextField.class).withLabel("E-post").single();
        test(email).setValue("nora@nyberg");
        test($(ComboBox.class).withLabel("Organisation").single()).selectItem("Farsta stadsdelsförvaltning");
        test($(Button.class).withText("Spara").single()).click();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Ange en giltig e-postadress.");
        assertThat(getCurrentView()).isInstanceOf(PersonEditView.class);

        test(email).setValue("nora.nyberg@stad.example.se");
        test($(Button.class).withText("Spara").single()).click();
        assertThat(getCurrentView()).isInstanceOf(PersonListView.class);
        assertThat(organisations.findPeople("Nora Nyberg", null, true, 0, 5)).singleElement()
                .extracting(PersonRef::organisationName).isEqualTo("Farsta stadsdelsförvaltning");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonsItemsAreHandedOverInOneStepAndTheCountIsShown() {
        long from = dsl.select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq("lena.sjoberg@stad.example.se"))
                .fetchSingle().value1();
        int theirs = dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.RESPONSIBLE_PERSON_ID.eq(from)
                .or(ACTION_ITEM.DEPUTY_PERSON_ID.eq(from)));
        assertThat(theirs).as("the demo gives Lena Sjöberg items").isPositive();

        navigate("admin/people/" + from, PersonEditView.class);
        ComboBox<PersonRef> to = $(ComboBox.class).withLabel("Lämna över till").single();
        test(to).setFilter("Elin");
        test(to).selectItem("Elin Sandberg (Socialförvaltningen)");
        test($(Button.class).withText("Lämna över").single()).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("Lena Sjöberg", "Elin Sandberg");
        test(confirm).confirm();

        String expected = (theirs == 1 ? "En åtgärd lämnades över" : theirs + " åtgärder lämnades över")
                + " till Elin Sandberg.";
        assertThat($(Paragraph.class).withClassName("hand-over-result").single().getText()).isEqualTo(expected);
        assertThat(dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.RESPONSIBLE_PERSON_ID.eq(from)
                .or(ACTION_ITEM.DEPUTY_PERSON_ID.eq(from)))).isZero();
    }
}
