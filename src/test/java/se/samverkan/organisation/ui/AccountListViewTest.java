package se.samverkan.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;

import se.samverkan.IntegrationTest;
import se.samverkan.agreement.ui.AgreementListView;
import se.samverkan.organisation.AccountSummary;

@IntegrationTest
class AccountListViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
    @SuppressWarnings("unchecked")
    void administratorsSeeTheAccountsAndTheMenuItem() {
        navigate(AccountListView.class);
        Grid<AccountSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(5);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("admin");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).contains("admin/accounts");
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void coordinatorsCannotOpenTheAccountsAndDoNotSeeTheMenuItem() {
        navigate(AgreementListView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).doesNotContain("admin/accounts");
        assertDenied();
    }

    private void assertDenied() {
        // Vaadin answers a route the user may not open as if it did not exist
        assertThatThrownBy(() -> navigate(AccountListView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NotFoundView");
        assertThat($(H1.class).single().getText()).isEqualTo("Sidan finns inte");
        assertThat(getCurrentView()).isNotInstanceOf(AccountListView.class);
    }

    @Test
    @WithUserDetails(value = "insyn", userDetailsServiceBeanName = "accountService")
    void viewersCannotOpenTheAccounts() {
        assertDenied();
    }
}
