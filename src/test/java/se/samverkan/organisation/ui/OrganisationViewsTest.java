package se.samverkan.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;

import se.samverkan.IntegrationTest;
import se.samverkan.agreement.ui.AgreementListView;
import se.samverkan.organisation.OrganisationRef;
import se.samverkan.organisation.OrganisationService;

/** Administrators' organisation pages, without a browser; every change is rolled back after each test. */
@IntegrationTest
@Transactional
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
class OrganisationViewsTest extends SpringBrowserlessTest {

    @Autowired
    OrganisationService organisations;

    @SuppressWarnings("unchecked")
    private TreeGrid<OrganisationRef> tree() {
        return $(TreeGrid.class).single();
    }

    private int rowOf(TreeGrid<OrganisationRef> grid, String name) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not in the tree");
    }

    @Test
    void theTreeShowsEveryOrganisationExpandedWithTheCityFirstAndARowOpensTheForm() {
        navigate(OrganisationTreeView.class);
        TreeGrid<OrganisationRef> grid = tree();
        assertThat(test(grid).size()).isEqualTo(organisations.findOrganisations().size());
        // the hierarchy column is drawn by a tree-toggle renderer: read its row
        assertThat(test(grid).getRow(0).name()).isEqualTo("Stockholms stad");
        OrganisationRef below = test(grid).getRow(1);
        assertThat(grid.getTreeData().getParent(below).name()).isEqualTo("Stockholms stad");
        int farsta = rowOf(grid, "Lokalpolisområde Farsta");
        assertThat(grid.getTreeData().getParent(test(grid).getRow(farsta)).name())
                .isEqualTo("Polisområde Stockholm syd");
        assertThat(test(grid).getCellText(farsta, 2)).isEqualTo("Lokalpolisområde");
        assertThat(test(grid).getCellText(farsta, 3)).isEqualTo("Polisen");

        test(grid).clickRow(rowOf(grid, "Socialförvaltningen"));
        assertThat(getCurrentView()).isInstanceOf(OrganisationEditView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Socialförvaltningen");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath)
                .contains("admin/organisations", "admin/people");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorCreatesAnOrganisationInTheHierarchy() {
        navigate(OrganisationTreeView.class);
        test($(Button.class).withText("Ny organisation").single()).click();
        assertThat(getCurrentView()).isInstanceOf(OrganisationEditView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Ny organisation");

        test($(TextField.class).withLabel("Namn").single()).setValue("Kulturförvaltningen");
        test($(TextField.class).withLabel("Kortnamn").single()).setValue("KUF");
        test($(ComboBox.class).withLabel("Typ").single()).selectItem("Fackförvaltning eller bolag");
        test($(ComboBox.class).withLabel("Ingår i").single()).selectItem("Stockholms stad");
        test($(Button.class).withText("Spara").single()).click();

        assertThat(getCurrentView()).isInstanceOf(OrganisationTreeView.class);
        TreeGrid<OrganisationRef> grid = tree();
        OrganisationRef created = test(grid).getRow(rowOf(grid, "Kulturförvaltningen"));
        assertThat(created.shortName()).isEqualTo("KUF");
        assertThat(grid.getTreeData().getParent(created).name()).isEqualTo("Stockholms stad");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTakenNameIsShownAtTheFieldAndNothingIsSaved() {
        int before = organisations.findOrganisations().size();
        navigate(OrganisationEditView.NEW, OrganisationEditView.class);
        TextField name = $(TextField.class).withLabel("Namn").single();
        test(name).setValue("socialförvaltningen");
        test($(ComboBox.class).withLabel("Typ").single()).selectItem("Fackförvaltning eller bolag");
        test($(Button.class).withText("Spara").single()).click();

        assertThat(getCurrentView()).isInstanceOf(OrganisationEditView.class);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Det finns redan en organisation med det namnet.");
        assertThat(organisations.findOrganisations()).hasSize(before);
    }

    @Test
    void anOrganisationThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> navigate("admin/organisations/999999", OrganisationEditView.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NotFoundView");
        assertThat($(H1.class).single().getText()).isEqualTo("Sidan finns inte");
    }

    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void managersHaveNeitherTheMenuItemsNorThePages() {
        navigate(AgreementListView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath)
                .doesNotContain("admin/organisations", "admin/people", "admin/target-groups");
        assertThatThrownBy(() -> navigate(OrganisationTreeView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NotFoundView");
        assertThatThrownBy(() -> navigate("admin/people/new", PersonEditView.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NotFoundView");
    }
}
