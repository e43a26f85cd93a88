package se.samverkan.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkan.IntegrationTest;
import se.samverkan.actionplan.TargetGroupRef;
import se.samverkan.actionplan.TargetGroupService;

/** The administrators' list of target groups, without a browser; every change is rolled back after each test. */
@IntegrationTest
@Transactional
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
class TargetGroupViewsTest extends SpringBrowserlessTest {

    @Autowired
    TargetGroupService groups;

    private List<String> shownNames() {
        return $(ListItem.class).withClassName("target-group").all().stream()
                .map(item -> item.getElement().getChild(0).getChild(0).getText()).toList();
    }

    @Test
    void theListShowsTheGroupsInOrderAndMovesOneDown() {
        navigate(TargetGroupListView.class);
        List<String> names = groups.findTargetGroups().stream().map(TargetGroupRef::nameSv).toList();
        assertThat(shownNames()).isEqualTo(names);
        String first = names.getFirst();
        // the first cannot move up; each button names its group for screen readers
        assertThat($(Button.class).withAriaLabel("Flytta upp: " + first).single().isEnabled()).isFalse();

        test($(Button.class).withAriaLabel("Flytta ned: " + first).single()).click();
        assertThat(shownNames().subList(0, 2)).containsExactly(names.get(1), first);
        assertThat(groups.findTargetGroups().get(1).nameSv()).isEqualTo(first);
    }

    @Test
    void anAdministratorAddsAGroupAndATakenNameIsShownAtTheField() {
        navigate(TargetGroupListView.class);
        test($(Button.class).withText("Ny målgrupp").single()).click();
        Dialog dialog = $(Dialog.class).single();
        TextField sv = $(TextField.class, dialog).withLabel("Namn på svenska").single();
        test(sv).setValue("barn");
        test($(TextField.class, dialog).withLabel("Namn på engelska").single()).setValue("Children with disabilities");
        test($(Button.class, dialog).withText("Spara").single()).click();
        assertThat(sv.isInvalid()).isTrue();
        assertThat(sv.getErrorMessage()).isEqualTo("Det finns redan en målgrupp med det namnet.");

        test(sv).setValue("Barn med funktionsnedsättning");
        test($(Button.class, dialog).withText("Spara").single()).click();
        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(shownNames().getLast()).isEqualTo("Barn med funktionsnedsättning");
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void coordinatorsCannotOpenTheList() {
        assertThatThrownBy(() -> navigate(TargetGroupListView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NotFoundView");
    }
}
