package se.samverkan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Keeps the layout visible: Vaadin stays in the UI, repositories stay in their feature. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.samverkan");

    @Test
    void vaadinIsUsedOnlyInUiPackages() {
        noClasses().that().resideOutsideOfPackages("..ui..", "se.samverkan.base.security..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("services and repositories must work without a UI; only the security setup wires Vaadin in")
                .check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirFeature() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should(new ArchCondition<>("be used only inside their own package") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        // any dependency counts: calls, fields, parameters, constructor injection
                        repository.getDirectDependenciesToSelf().forEach(dependency -> {
                            String from = dependency.getOriginClass().getPackageName();
                            if (!from.equals(repository.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                })
                .check(CLASSES);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that().haveSimpleNameEndingWith("Repository").should().notBePublic().check(CLASSES);
    }

    @Test
    void generatedDatabaseCodeIsNotUsedByViews() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("se.samverkan.db..")
                .check(CLASSES);
    }
}
